package vn.hanoi.gateway.mappings.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import vn.hanoi.gateway.mappings.common.LenientJson;
import vn.hanoi.gateway.mappings.common.Text;

/**
 * The insurance register's in-band result code {@code maLoi}: it answers HTTP 200 whatever happened.
 * {@code 0} success, {@code 1} not found, {@code 2} invalid request, {@code 9} system error; anything
 * else, or nothing, is {@link #UNKNOWN}.
 */
public enum InsuranceResultCode {
    SUCCESS,
    NOT_FOUND,
    INVALID_REQUEST,
    SYSTEM_ERROR,
    UNKNOWN;

    private static final Map<String, InsuranceResultCode> BY_CODE = Map.of(
            "0", SUCCESS, "1", NOT_FOUND, "2", INVALID_REQUEST, "9", SYSTEM_ERROR);

    /** The meaning of a {@code maLoi} value; {@code "00"} reads as {@code "0"}. */
    public static InsuranceResultCode of(String maLoi) {
        String code = Text.withoutLeadingZeros(Text.blankToNull(maLoi));
        return code == null ? UNKNOWN : BY_CODE.getOrDefault(code, UNKNOWN);
    }

    /** The meaning of the {@code maLoi} of a whole answer body, sent as a string or a number. */
    public static InsuranceResultCode ofBody(JsonNode body) {
        return of(LenientJson.text(body, "maLoi"));
    }
}
