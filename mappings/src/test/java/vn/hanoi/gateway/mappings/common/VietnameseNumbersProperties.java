package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** The JDK's own Vietnamese number format is the oracle: whatever it writes, we read back exactly. */
class VietnameseNumbersProperties {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Property
    void readsBackAnyWholeNumberWrittenWithThousandsDots(@ForAll long value) {
        String written = NumberFormat.getIntegerInstance(VIETNAMESE).format(value);

        assertThat(VietnameseNumbers.parse(written)).hasValue(BigDecimal.valueOf(value));
    }

    @Property
    void readsBackAnyWholeNumberWrittenPlain(@ForAll long value) {
        assertThat(VietnameseNumbers.parse(Long.toString(value))).hasValue(BigDecimal.valueOf(value));
    }

    @Property
    void readsBackAnyDecimalWrittenTheVietnameseWay(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(3) BigDecimal value) {
        NumberFormat format = NumberFormat.getInstance(VIETNAMESE);
        format.setMaximumFractionDigits(3);

        assertThat(VietnameseNumbers.parse(format.format(value)))
                .hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(value));
    }

    @Property
    void readsBackAnyDecimalWithTheScaleItWasWrittenWithWithOrWithoutThousandsDots(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal value,
            @ForAll boolean groupThousands) {
        NumberFormat format = NumberFormat.getInstance(VIETNAMESE);
        format.setGroupingUsed(groupThousands);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        String written = format.format(value);

        assertThat(VietnameseNumbers.parseAsWritten(written)).hasValue(value);
        assertThat(VietnameseNumbers.parse(written))
                .hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(value));
    }

    @Property
    void readsBackAnyIntWrittenEitherWay(@ForAll int value) {
        String grouped = NumberFormat.getIntegerInstance(VIETNAMESE).format(value);

        assertThat(VietnameseNumbers.parseInteger(grouped)).hasValue(value);
        assertThat(VietnameseNumbers.parseInteger(Integer.toString(value))).hasValue(value);
    }

    @Property
    void neverReadsEnglishGroupingOfMillionsAsAnything(@ForAll @LongRange(min = 1_000_000) long value) {
        String english = NumberFormat.getIntegerInstance(Locale.US).format(value);

        assertThat(VietnameseNumbers.parse(english)).isEmpty();
    }

    @Property
    void neverReadsTextWithALetterInIt(@ForAll("numbersWithALetter") String text) {
        assertThat(VietnameseNumbers.parse(text)).isEmpty();
        assertThat(VietnameseNumbers.parseAsWritten(text)).isEmpty();
    }

    @Provide
    Arbitrary<String> numbersWithALetter() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789.,").ofMaxLength(8);
        Arbitrary<Character> letter = Arbitraries.chars().alpha();
        return Combinators.combine(digits, letter, digits).as((before, l, after) -> before + l + after);
    }

    @Property
    void neverFailsOnArbitraryText(@ForAll String text) {
        assertThat(VietnameseNumbers.parse(text)).isNotNull();
        assertThat(VietnameseNumbers.parseAsWritten(text)).isNotNull();
    }

    @Property
    void neverWritesAnExponentOrTrailingDecimalZeros(@ForAll @LongRange(min = 0) long value) {
        String written = NumberFormat.getIntegerInstance(VIETNAMESE).format(value) + ",000";

        assertThat(VietnameseNumbers.parse(written)).map(BigDecimal::toPlainString)
                .hasValue(Long.toString(value));
        assertThat(VietnameseNumbers.parse(written)).map(BigDecimal::toString).hasValue(Long.toString(value));
    }
}
