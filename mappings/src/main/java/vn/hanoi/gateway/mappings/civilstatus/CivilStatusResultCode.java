package vn.hanoi.gateway.mappings.civilstatus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import vn.hanoi.gateway.mappings.common.LenientJson;
import vn.hanoi.gateway.mappings.common.Text;

/**
 * The civil-status register's in-band outcome {@code trangThai}: it answers HTTP 200 whatever happened.
 * {@code 00} success, {@code 01} not found, {@code 02} invalid request, {@code 99} register error; anything
 * else, or nothing, is {@link #UNKNOWN}.
 */
public enum CivilStatusResultCode {
    SUCCESS,
    NOT_FOUND,
    INVALID_REQUEST,
    REGISTER_ERROR,
    UNKNOWN;

    private static final Map<String, CivilStatusResultCode> BY_CODE = Map.of(
            "0", SUCCESS, "1", NOT_FOUND, "2", INVALID_REQUEST, "99", REGISTER_ERROR);

    /** The meaning of a {@code trangThai} value; {@code "1"} (or the number {@code 1}) reads as {@code "01"}. */
    public static CivilStatusResultCode of(String trangThai) {
        String code = Text.withoutLeadingZeros(Text.blankToNull(trangThai));
        return code == null ? UNKNOWN : BY_CODE.getOrDefault(code, UNKNOWN);
    }

    /** The meaning of the {@code trangThai} of a whole answer body. */
    public static CivilStatusResultCode ofBody(JsonNode body) {
        return of(LenientJson.text(body, "trangThai"));
    }
}
