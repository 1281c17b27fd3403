package vn.hanoi.gateway.mappings.documentaxis;

import java.util.Arrays;
import vn.hanoi.gateway.mappings.common.Text;

/** A status message's {@code StatusCode} as the gateway names it; any other code is kept as {@link #UNKNOWN}. */
public enum AxisStatusCode {
    ARRIVED("01"),
    REFUSED("02"),
    RECEIVED("03"),
    ASSIGNED("04"),
    PROCESSING("05"),
    COMPLETED("06"),
    RECALL_REQUESTED("13"),
    CHANGE_ACCEPTED("15"),
    CHANGE_REFUSED("16"),
    UNKNOWN(null);

    private final String code;

    AxisStatusCode(String code) {
        this.code = code;
    }

    /** The two-digit code on the wire; {@code null} for {@link #UNKNOWN}. */
    public String code() {
        return code;
    }

    public static AxisStatusCode of(String code) {
        String plain = Text.blankToNull(code);
        return Arrays.stream(values()).filter(value -> value.code != null && value.code.equals(plain))
                .findFirst().orElse(UNKNOWN);
    }
}
