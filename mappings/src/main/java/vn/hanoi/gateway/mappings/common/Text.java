package vn.hanoi.gateway.mappings.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers for lenient reading of wire data. */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private Text() {
    }

    /** Trims, and turns an empty or absent value into {@code null}. */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Vietnamese text without its diacritics, for comparing code words however they were typed
     * ({@code Nữ} → {@code Nu}, {@code Việt Nam} → {@code Viet Nam}, {@code Đ} → {@code D}).
     */
    public static String withoutDiacritics(String value) {
        if (value == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** A numeric code without its leading zeros, so that {@code 01} and {@code 1} compare equal. */
    public static String withoutLeadingZeros(String code) {
        return code == null ? null : LEADING_ZEROS.matcher(code).replaceFirst("");
    }
}
