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
            "4.960.000, 4960000",
            "' 18.000.000 ', 18000000",
            "1.000, 1000",
            "0, 0",
            "'-1.234,25', -1234.25",
            "'9.000.000,50', 9000000.5",
            "007, 7"})
    void readsTheVietnameseFormat(String text, BigDecimal value) {
        assertThat(VietnameseNumbers.parse(text)).hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "9,000,000", "120.5", "9.00.000", "9.0000", ".5", ",5", "9.", "9,", "1 000",
            "abc", "9.000.000 đ", "--1", "+1", "١٢٣", "1e6"})
    void leavesAnythingElseUnread(String text) {
        assertThat(VietnameseNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'9.000.000,0', 9000000", "'1.000.000.000,00', 1000000000"})
    void writesWholeValuesWithoutDecimalsOrExponent(String text, String plain) {
        assertThat(VietnameseNumbers.parse(text)).map(BigDecimal::toString).hasValue(plain);
    }

    @ParameterizedTest
    @CsvSource({"90, 90", "1.234, 1234", "0, 0", "'12,0', 12"})
    void readsWholeNumbers(String text, int value) {
        assertThat(VietnameseNumbers.parseInteger(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "3.000.000.000", "x", ""})
    void refusesWholeNumbersThatAreFractionalTooLargeOrUnreadable(String text) {
        assertThat(VietnameseNumbers.parseInteger(text)).isEmpty();
    }
}
