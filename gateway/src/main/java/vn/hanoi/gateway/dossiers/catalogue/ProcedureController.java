package vn.hanoi.gateway.dossiers.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.mappings.npsp.ProcedureCode;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The procedure catalogue as synchronised from the portal: reference data, no personal data, for clients
 * entitled to {@code dossiers}; and its synchronisation on demand, for ops.
 */
@RestController
class ProcedureController {

    static final String SYNC_ROUTE = "direct:npsp-catalogue-sync";

    private final JdbcProcedureCatalogue catalogue;
    private final KnownProcedures known;
    private final ProducerTemplate routes;
    private final Connectors connectors;
    private final ProcedureCode procedureCodes = new ProcedureCode();

    ProcedureController(JdbcProcedureCatalogue catalogue, KnownProcedures known, ProducerTemplate routes,
                        Connectors connectors) {
        this.catalogue = catalogue;
        this.known = known;
        this.routes = routes;
        this.connectors = connectors;
    }

    @GetMapping("/api/v1/procedures")
    @Access(dataset = Dataset.DOSSIERS)
    List<Procedure> procedures() {
        return catalogue.all();
    }

    @GetMapping("/api/v1/procedures/{code}")
    @Access(dataset = Dataset.DOSSIERS)
    Procedure procedure(@PathVariable String code) {
        procedureCodes.violation(code).ifPresent(message -> {
            throw ApiException.invalid("code", procedureCodes.code(), message);
        });
        return known.require(code);
    }

    @PostMapping("/api/v1/ops/procedures/sync")
    @Access(dataset = Dataset.OPS)
    Map<String, Object> synchronise() {
        Exchange run = routes.send(SYNC_ROUTE, exchange -> exchange.getMessage().setBody(null));
        if (run.getException() instanceof UpstreamException failure) {
            Duration retryAfter = failure.retryAfter()
                    .orElse(connectors.connector(failure.system()).properties().getRetryAfter());
            throw new ApiException(ErrorCode.forUpstream(failure.kind()), "The portal could not be synchronised (" + failure.kind() + ").",
                    List.of(), retryAfter);
        }
        if (run.getException() != null) {
            throw new IllegalStateException("catalogue synchronisation failed", run.getException());
        }
        return Map.of("procedures", run.getMessage().getBody(Integer.class));
    }
}
