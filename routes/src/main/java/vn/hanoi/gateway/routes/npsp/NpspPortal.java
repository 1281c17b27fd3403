package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.List;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The portal's services, each call under the connector's policy (deadline, breaker, retries of what
 * configuration calls retryable) through {@link NpspClient}.
 */
class NpspPortal {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Connector connector;
    private final NpspClient client;

    NpspPortal(Connector connector, NpspClient client) {
        this.connector = connector;
        this.client = client;
    }

    /** {@code LayDanhSachTTHC}: the {@code result} list; an answer without one is unusable. */
    JsonNode procedureList() {
        JsonNode list = call("LayDanhSachTTHC", JSON.objectNode(), null).path("result");
        if (!list.isArray()) {
            throw new UpstreamException(NpspConnector.SYSTEM, FailureKind.MALFORMED_RESPONSE,
                    "LayDanhSachTTHC: result is not a list");
        }
        return list;
    }

    /** {@code LayThuTuc}: the {@code result} procedure. */
    JsonNode procedure(String code) {
        return call("LayThuTuc", JSON.objectNode().put("maTTHC", code), null).path("result");
    }

    /** {@code LayDanhSachHoSoTrucTuyen}: the {@code result} list of dossiers since {@code since}, inclusive. */
    JsonNode onlineDossiers(String since, int count) {
        return call("LayDanhSachHoSoTrucTuyen", JSON.objectNode().put("tuThoiDiem", since).put("soLuong", count), null)
                .path("result");
    }

    /** {@code DongBoHoSoMC} of dossiers: an upsert of each by {@code MaHoSo}. */
    void synchronise(List<ObjectNode> dossiers, boolean updating, String correlationId) {
        ObjectNode fields = JSON.objectNode().put("isUpdating", updating ? "True" : "False");
        fields.putArray("data").addAll(dossiers);
        call("DongBoHoSoMC", fields, correlationId);
    }

    /** {@code CapNhatTienDoHoSoMC} of progress updates, kept by the portal in the order given. */
    void progress(List<ObjectNode> updates, String correlationId) {
        ObjectNode fields = JSON.objectNode();
        fields.putArray("data").addAll(updates);
        call("CapNhatTienDoHoSoMC", fields, correlationId);
    }

    /**
     * {@code TaiLenTepKetQua} of one result file: the portal's {@code IdTep} for it. Idempotent on
     * ({@code MaHoSo}, {@code MaHash}): a repeat answers the same id.
     */
    String uploadResult(ObjectNode upload, String correlationId) {
        JsonNode id = call("TaiLenTepKetQua", upload.deepCopy(), correlationId).path("result").path("IdTep");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new UpstreamException(NpspConnector.SYSTEM, FailureKind.MALFORMED_RESPONSE,
                    "TaiLenTepKetQua: result has no IdTep");
        }
        return id.asText();
    }

    /** One call with its retries, behind the portal's circuit breaker (the jobs are not lookup routes with a breaker step). */
    private JsonNode call(String service, ObjectNode fields, String correlationId) {
        Deadline deadline = Deadline.after(connector.properties().getDeadline());
        try {
            return connector.breaker().executeSupplier(() -> connector.resilient().call(
                    (request, left, attemptTimeout) -> client.call(service, fields, correlationId, left, attemptTimeout),
                    new LookupRequest(service, correlationId, null, null), deadline));
        } catch (CallNotPermittedException open) {
            throw connector.resilient().refusedWhileOpen();
        }
    }
}
