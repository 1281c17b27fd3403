package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The axis refusing a call: the HTTP status and the JSON error {@code {code, reason?, element?, organId?, message}}. */
final class AxisRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String code;
    private final String reason;
    private final String element;
    private final String organId;

    AxisRefusal(int status, String code, String reason, String element, String organId) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.reason = reason;
        this.element = element;
        this.organId = organId;
    }

    static AxisRefusal malformed(String reason, String element) {
        return new AxisRefusal(400, "MALFORMED", reason, element, null);
    }

    int status() {
        return status;
    }

    String body() {
        ObjectNode body = JSON.createObjectNode().put("code", code);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (element != null) {
            body.put("element", element);
        }
        if (organId != null) {
            body.put("organId", organId);
        }
        return body.put("message", "Trục liên thông từ chối: " + code + (reason == null ? "" : " " + reason)).toString();
    }
}
