package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @Test
    void readsADecimalCommaWithOrWithoutThousandsDots() {
        assertThat(VietnameseNumbers.parseDecimal("1.234,5")).isEqualTo(new BigDecimal("1234.5"));
        assertThat(VietnameseNumbers.parseDecimal("1235,6")).isEqualTo(new BigDecimal("1235.6"));
        assertThat(VietnameseNumbers.parseDecimal("120,5")).isEqualTo(new BigDecimal("120.5"));
        assertThat(VietnameseNumbers.parseDecimal("1.234.567,891")).isEqualTo(new BigDecimal("1234567.891"));
        assertThat(VietnameseNumbers.parseDecimal(" -0,75 ")).isEqualTo(new BigDecimal("-0.75"));
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(VietnameseNumbers.parseDecimal("181,0")).isEqualTo(new BigDecimal("181.0"));
        assertThat(VietnameseNumbers.parseDecimal("181")).isEqualTo(new BigDecimal("181"));
    }

    @Test
    void readsDotsAsThousandsNeverAsADecimalPoint() {
        assertThat(VietnameseNumbers.parseDecimal("1.234")).isEqualTo(new BigDecimal("1234"));
        assertThat(VietnameseNumbers.parseDecimal("9.000.000")).isEqualTo(new BigDecimal("9000000"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aBlankNumberIsNull(String text) {
        assertThat(VietnameseNumbers.parseDecimal(text)).isNull();
        assertThat(VietnameseNumbers.parseMoney(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"120.5", "1.2345,6", "12.34", ".234", "1.234.", ",5", "12,", "1,2,3", "+5", "--5",
        "1 234,5", "12a", "١٢٣", "1.234,5.6", "NaN", "1e5"})
    void rejectsWhatIsNotADecimalCommaNumber(String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parseDecimal(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageNotContaining(text);
    }

    @Test
    void readsMoneyInDong() {
        assertThat(VietnameseNumbers.parseMoney("9.000.000")).isEqualTo(9_000_000L);
        assertThat(VietnameseNumbers.parseMoney("4960000")).isEqualTo(4_960_000L);
        assertThat(VietnameseNumbers.parseMoney("9.000.000,00")).isEqualTo(9_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.000.000,5", "99.999.999.999.999.999.999", "9,000,000"})
    void rejectsMoneyThatIsNotAWholeNumberOfDongWithinRange(String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parseMoney(text)).isInstanceOf(NumberFormatException.class);
    }
}
