package vn.hanoi.gateway.mappings.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InsuranceResultCodeTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"0, SUCCESS", "1, NOT_FOUND", "2, INVALID_REQUEST", "9, SYSTEM_ERROR", "00, SUCCESS", "' 1 ', NOT_FOUND"})
    void eachPublishedCodeHasItsMeaning(String maLoi, InsuranceResultCode meaning) {
        assertThat(InsuranceResultCode.of(maLoi)).isEqualTo(meaning);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3", "99", "-1", "OK", "  "})
    void anythingElseIsUnknown(String maLoi) {
        assertThat(InsuranceResultCode.of(maLoi)).isEqualTo(InsuranceResultCode.UNKNOWN);
    }

    @Test
    void readsTheCodeOfAWholeBodyAsStringOrNumber() throws Exception {
        assertThat(InsuranceResultCode.ofBody(json.readTree("{\"maLoi\": \"1\", \"moTa\": \"Không tìm thấy\"}")))
                .isEqualTo(InsuranceResultCode.NOT_FOUND);
        assertThat(InsuranceResultCode.ofBody(json.readTree("{\"maLoi\": 9, \"duLieu\": null}")))
                .isEqualTo(InsuranceResultCode.SYSTEM_ERROR);
    }

    @Test
    void aBodyWithoutACodeIsUnknown() throws Exception {
        assertThat(InsuranceResultCode.ofBody(json.readTree("{\"duLieu\": {}}"))).isEqualTo(InsuranceResultCode.UNKNOWN);
        assertThat(InsuranceResultCode.ofBody(json.readTree("[]"))).isEqualTo(InsuranceResultCode.UNKNOWN);
        assertThat(InsuranceResultCode.ofBody(null)).isEqualTo(InsuranceResultCode.UNKNOWN);
    }
}
