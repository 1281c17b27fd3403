package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class VietnameseNumbersProperties {

    @Property
    void readsBackAnyNumberWrittenWithThousandsDotsAndADecimalCommaWithItsScale(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal number) {
        assertThat(VietnameseNumbers.parseDecimal(vietnamese(number, true))).isEqualTo(number);
    }

    @Property
    void readsBackAnyNumberWrittenWithoutThousandsDots(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal number) {
        assertThat(VietnameseNumbers.parseDecimal(vietnamese(number, false))).isEqualByComparingTo(number);
    }

    @Property
    void readsBackAnyAmountOfMoney(@ForAll long amount) {
        assertThat(VietnameseNumbers.parseMoney(vietnamese(BigDecimal.valueOf(amount), true))).isEqualTo(amount);
    }

    @Property
    void rejectsAnyTextWithALetterInIt(@ForAll("numbersWithALetter") String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parseDecimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @Provide
    Arbitrary<String> numbersWithALetter() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789.,").ofMaxLength(8);
        Arbitrary<Character> letter = Arbitraries.chars().alpha();
        return Combinators.combine(digits, letter, digits).as((a, l, b) -> a + l + b);
    }

    /** {@code number} as a Vietnamese register writes it: {@code -1.234.567,89}, or {@code -1234567,89}. */
    private static String vietnamese(BigDecimal number, boolean groupThousands) {
        String plain = number.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (groupThousands && i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        return (number.signum() < 0 ? "-" : "") + grouped + fraction;
    }
}
