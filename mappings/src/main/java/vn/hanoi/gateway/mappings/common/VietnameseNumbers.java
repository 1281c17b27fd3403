package vn.hanoi.gateway.mappings.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese systems write them: {@code .} groups thousands and {@code ,} marks the decimals
 * ({@code 9.000.000}, {@code 9000000}, {@code 1.234,5}, {@code 120,5}). A dot is never read as a decimal
 * point: {@code 1.234} is one thousand two hundred and thirty-four. Anything else, including the English
 * {@code 9,000,000} or {@code 120.5}, is unreadable rather than guessed at.
 */
public final class VietnameseNumbers {

    private static final Pattern FORMAT = Pattern.compile("-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?");

    private VietnameseNumbers() {
    }

    /** The value, without trailing decimal zeros; empty when blank or not in the Vietnamese format. */
    public static Optional<BigDecimal> parse(String text) {
        return parseAsWritten(text).map(VietnameseNumbers::plain);
    }

    /**
     * The value with the scale it was written with ({@code 181,0} gives {@code 181.0}, {@code 181} gives
     * {@code 181}), for quantities whose written precision is kept, such as areas; empty when blank or not
     * in the Vietnamese format.
     */
    public static Optional<BigDecimal> parseAsWritten(String text) {
        String value = Text.blankToNull(text);
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
    }

    /** A whole number that fits an {@code int}; empty when blank, unreadable, fractional or too large. */
    public static Optional<Integer> parseInteger(String text) {
        return parse(text).flatMap(VietnameseNumbers::exactInteger);
    }

    /** The same value without trailing decimal zeros and never in exponent form: 9000000, 9000000.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Optional<Integer> exactInteger(BigDecimal value) {
        try {
            return Optional.of(value.intValueExact());
        } catch (ArithmeticException notAnInt) {
            return Optional.empty();
        }
    }
}
