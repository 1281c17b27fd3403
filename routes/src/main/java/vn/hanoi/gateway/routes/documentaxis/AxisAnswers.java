package vn.hanoi.gateway.routes.documentaxis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads the axis's JSON answers leniently: an unreadable or empty body reads as missing fields, never fails. */
final class AxisAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AxisAnswers() {
    }

    static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    /** The error answer's {@code code}, or "" without one. */
    static String code(String body) {
        return read(body).path("code").asText("");
    }
}
