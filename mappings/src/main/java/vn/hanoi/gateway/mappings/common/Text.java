package vn.hanoi.gateway.mappings.common;

/** Small text helpers for lenient reading of wire data. */
public final class Text {

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
}
