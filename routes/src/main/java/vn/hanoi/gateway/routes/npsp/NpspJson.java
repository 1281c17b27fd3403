package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hanoi.gateway.mappings.common.CanonicalJson;

/** Canonical records as JSON text, the way the outbox, the inbox and the catalogue store them. */
public final class NpspJson {

    private static final ObjectMapper JSON = CanonicalJson.newMapper();

    private NpspJson() {
    }

    public static String write(Object canonical) {
        try {
            return JSON.writeValueAsString(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a canonical record: " + canonical.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable stored " + type.getSimpleName(), e);
        }
    }
}
