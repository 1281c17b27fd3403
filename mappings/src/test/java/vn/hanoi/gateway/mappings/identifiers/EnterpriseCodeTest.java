package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class EnterpriseCodeTest {

    private final EnterpriseCode rule = new EnterpriseCode();

    static Stream<String> businessFixtureCodes() {
        List<String> codes = new ArrayList<>(Fixtures.baseNames("business/native"));
        Fixtures.files("business/native").forEach(file -> codes.add(Fixtures.json(file).get("MaSoDoanhNghiep").asText()));
        Fixtures.files("business/canonical").forEach(file -> {
            JsonNode enterprise = Fixtures.json(file);
            codes.add(enterprise.get("enterpriseCode").asText());
            if (!enterprise.get("parentEnterpriseCode").isNull()) {
                codes.add(enterprise.get("parentEnterpriseCode").asText());
            }
        });
        return codes.stream().distinct();
    }

    static Stream<String> unknownEnterpriseCodes() {
        JsonNode unknown = Fixtures.json(Fixtures.file("unknown-identifiers.json"));
        List<String> codes = new ArrayList<>();
        unknown.get("enterpriseCodes").forEach(code -> codes.add(code.asText()));
        return codes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("businessFixtureCodes")
    void acceptsEveryEnterpriseCodeOfTheBusinessFixtures(String code) {
        assertThat(rule.violation(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownEnterpriseCodes")
    void acceptsTheWellFormedCodesThatNoRegisterHolds(String code) {
        assertThat(rule.violation(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0110386356",      // remainder 4, check digit 6
            "0176404599",      // remainder 1, check digit 9
            "0147064450",      // remainder 10, check digit 0
            "0111691112-001",
            "0111691112001",
            "0111691112-999"})
    void acceptsCodesWhoseCheckDigitMatches(String code) {
        assertThat(rule.violation(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0110386357", "0110386355", "0147064451", "0111691113-001", "0111691113001"})
    void refusesCodesWhoseCheckDigitDoesNotMatch(String code) {
        assertThat(rule.violation(code)).hasValue("the check digit does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000080", "1000000081", "1000000089", "1000000080-001"})
    void refusesCodesWhoseWeightedSumIsAMultipleOfEleven(String code) {
        // 1·31 + 8·3 = 55 = 5·11: no check digit can be right
        assertThat(rule.violation(code)).hasValue("the check digit does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100000003", "0000000000", "9900000000", "0100000003-001"})
    void refusesCodesWhoseThirdToNinthDigitsAreAllZero(String code) {
        // 0100000003 would otherwise be valid: 1·29 = 29, 29 mod 11 = 7, check digit 3
        assertThat(rule.violation(code)).hasValue("digits 3 to 9 cannot all be zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0111691112-000", "0111691112000"})
    void refusesTheBranchSuffixZero(String code) {
        assertThat(rule.violation(code)).hasValue("a branch suffix is 001 to 999");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"011038635", "01103863566", "011038635a", "0111691112-01", "0111691112-0001",
            "0111691112_001", "0111691112 001", " 0110386356", "０１１０３８６３５６", "0111691112-00a"})
    void refusesAnythingThatIsNotTenDigitsOrABranch(String code) {
        assertThat(rule.violation(code)).isPresent();
    }

    @Test
    void nameItsRule() {
        assertThat(rule.code()).isEqualTo("INVALID_ENTERPRISE_CODE");
    }

    @Test
    void normalisesABranchToItsDashedForm() {
        assertThat(EnterpriseCode.normalise("0111691112001")).isEqualTo("0111691112-001");
        assertThat(EnterpriseCode.normalise("0111691112-001")).isEqualTo("0111691112-001");
        assertThat(EnterpriseCode.normalise("0110386356")).isEqualTo("0110386356");
    }
}
