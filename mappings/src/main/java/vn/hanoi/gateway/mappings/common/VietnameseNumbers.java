package vn.hanoi.gateway.mappings.common;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese registers write them: a decimal comma and, optionally, dots grouping the
 * thousands ({@code 1.234,5}, {@code 120,5}, {@code 9.000.000}). A dot is never read as a decimal
 * point: {@code 1.234} is one thousand two hundred and thirty-four, and {@code 120.5} is malformed.
 */
public final class VietnameseNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<sign>-?)(?<integer>[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,(?<fraction>[0-9]+))?");

    private VietnameseNumbers() {
    }

    /**
     * The number, with the scale it was written with ({@code 181,0} gives {@code 181.0}); {@code null}
     * for an absent or blank value.
     *
     * @throws NumberFormatException when the text is not a number in that format (the message never
     *                               echoes the text)
     */
    public static BigDecimal parseDecimal(String text) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(value);
        if (!number.matches()) {
            throw new NumberFormatException("not a number with a decimal comma and optional thousands dots");
        }
        String integer = number.group("integer").replace(".", "");
        String fraction = number.group("fraction");
        return new BigDecimal(number.group("sign") + integer + (fraction == null ? "" : "." + fraction));
    }

    /**
     * A whole amount of money in đồng ({@code 9.000.000}); a zero fraction ({@code 9.000.000,00}) is
     * allowed. {@code null} for an absent or blank value.
     *
     * @throws NumberFormatException when the text is not such a number, has a non-zero fraction or does
     *                               not fit a {@code long}
     */
    public static Long parseMoney(String text) {
        BigDecimal amount = parseDecimal(text);
        if (amount == null) {
            return null;
        }
        try {
            return amount.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new NumberFormatException("an amount of money is a whole number of đồng within the long range");
        }
    }
}
