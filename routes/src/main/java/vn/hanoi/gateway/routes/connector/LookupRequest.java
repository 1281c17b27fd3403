package vn.hanoi.gateway.routes.connector;

/**
 * One lookup asked of a connector: which record ({@code key}, already validated), and the purpose
 * context that travels upstream (correlation id, officer, procedure).
 */
public record LookupRequest(String key, String correlationId, String officerId, String procedureCode) {

    public LookupRequest {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a lookup needs a key");
        }
    }

    /** Never prints the key: it is a personal identifier more often than not. */
    @Override
    public String toString() {
        return "LookupRequest[key=***, correlationId=" + correlationId + "]";
    }
}
