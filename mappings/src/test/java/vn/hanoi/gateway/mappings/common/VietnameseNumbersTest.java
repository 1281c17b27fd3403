package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "9.000.000, 9000000",
            "9000000, 9000000",
            "'9.000.000,5', 9000000.5",
            "'120,5', 120.5",
            "'1.234,5', 1234.5",
            "'1235,6', 1235.6",
            "'1.234.567,891', 1234567.891",
            "4.960.000, 4960000",
            "' 18.000.000 ', 18000000",
            "1.000, 1000",
            "1.234, 1234",
            "0, 0",
            "'-1.234,25', -1234.25",
            "' -0,75 ', -0.75",
            "'9.000.000,50', 9000000.5",
            "007, 7"})
    void readsTheVietnameseFormat(String text, BigDecimal value) {
        assertThat(VietnameseNumbers.parse(text)).hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(value));
        assertThat(VietnameseNumbers.parseAsWritten(text))
                .hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t", "9,000,000", "120.5", "12.34", "9.00.000", "9.0000", "1.2345,6", ".5", ".234",
            ",5", "9.", "1.234.", "9,", "1,2,3", "1.234,5.6", "1 000", "1 234,5", "abc", "12a", "9.000.000 đ", "--1",
            "+1", "١٢٣", "1e6", "NaN"})
    void leavesAnythingElseUnread(String text) {
        assertThat(VietnameseNumbers.parse(text)).isEmpty();
        assertThat(VietnameseNumbers.parseAsWritten(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'9.000.000,0', 9000000", "'1.000.000.000,00', 1000000000", "'181,0', 181"})
    void writesWholeValuesWithoutDecimalsOrExponent(String text, String plain) {
        assertThat(VietnameseNumbers.parse(text)).map(BigDecimal::toString).hasValue(plain);
    }

    @ParameterizedTest
    @CsvSource({"'181,0', 181.0", "181, 181", "'1.234,50', 1234.50", "'9.000.000,00', 9000000.00"})
    void keepsTheScaleAsWrittenWhenAskedTo(String text, String asWritten) {
        assertThat(VietnameseNumbers.parseAsWritten(text)).hasValue(new BigDecimal(asWritten));
    }

    @ParameterizedTest
    @CsvSource({"90, 90", "1.234, 1234", "0, 0", "'12,0', 12", "'9.000.000,00', 9000000"})
    void readsWholeNumbers(String text, int value) {
        assertThat(VietnameseNumbers.parseInteger(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "9.000.000,5", "3.000.000.000", "99.999.999.999.999.999.999", "x", "9,000,000", ""})
    void refusesWholeNumbersThatAreFractionalTooLargeOrUnreadable(String text) {
        assertThat(VietnameseNumbers.parseInteger(text)).isEmpty();
    }
}
