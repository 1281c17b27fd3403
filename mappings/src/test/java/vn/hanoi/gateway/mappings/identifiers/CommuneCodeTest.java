package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneCodeTest {

    private final CommuneCode rule = new CommuneCode();

    @ParameterizedTest
    @ValueSource(strings = {"00124", "10231", "04939", "99999"})
    void acceptsFiveDigitsWhetherPreReformOrCurrent(String code) {
        assertThat(rule.violation(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0012", "001240", " 00124", "0012a", "０٠١２４", "-0124", "00 24"})
    void rejectsAnythingButFiveAsciiDigits(String code) {
        assertThat(rule.violation(code)).isPresent();
        assertThat(rule.code()).isEqualTo("INVALID_COMMUNE_CODE");
    }
}
