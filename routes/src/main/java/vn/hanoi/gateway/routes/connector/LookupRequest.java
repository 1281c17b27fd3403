package vn.hanoi.gateway.routes.connector;

/**
 * One lookup asked of a connector: which record ({@code key}, already validated), and the purpose
 * context that travels upstream (correlation id, officer, procedure, and the dossier the caller stated in
 * {@code X-Dossier-Code}, which the national data-sharing platform asks as {@code X-Platform-Purpose}).
 */
public record LookupRequest(String key, String correlationId, String officerId, String procedureCode,
                            String dossierCode) {

    public LookupRequest {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a lookup needs a key");
        }
    }

    /** A lookup that serves no stated dossier (a system's own call, or a test). */
    public LookupRequest(String key, String correlationId, String officerId, String procedureCode) {
        this(key, correlationId, officerId, procedureCode, null);
    }

    /** Never prints the key: it is a personal identifier more often than not. */
    @Override
    public String toString() {
        return "LookupRequest[key=***, correlationId=" + correlationId + "]";
    }
}
