package vn.hanoi.gateway.mappings.documentaxis;

import java.util.Arrays;

/**
 * A status message's {@code StatusCode} as the gateway shows it ({@code document-axis.md}); a code it does not know is
 * kept as {@link #UNKNOWN}.
 */
public enum AxisStatus {
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

    AxisStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AxisStatus of(String statusCode) {
        return Arrays.stream(values()).filter(status -> status.code != null && status.code.equals(statusCode))
                .findFirst().orElse(UNKNOWN);
    }
}
