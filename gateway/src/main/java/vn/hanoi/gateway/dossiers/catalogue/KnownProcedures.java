package vn.hanoi.gateway.dossiers.catalogue;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * The catalogue as the API answers from it: a procedure it holds; 404 {@code NOT_FOUND} for one it does not hold
 * once it has been read; before that 503 {@code CATALOGUE_NOT_READY} with {@code Retry-After}
 * ({@code gateway.catalogue.retry-after}), never a false "no such procedure". Also the {@code catalogue} component
 * of readiness: DOWN until the catalogue has been read (from its persisted mirror or the portal), so that a load
 * balancer sends no traffic to an instance that would answer so. With the synchronisation switched off
 * ({@code gateway.catalogue.enabled: false}) nothing will read more: the mirror is the catalogue as it is.
 */
@Component("catalogue")
public class KnownProcedures implements HealthIndicator {

    private final JdbcProcedureCatalogue catalogue;
    private final boolean synchronising;
    private final Duration retryAfter;

    KnownProcedures(JdbcProcedureCatalogue catalogue, @Value("${gateway.catalogue.enabled}") boolean synchronising,
                    @Value("${gateway.catalogue.retry-after}") Duration retryAfter) {
        this.catalogue = catalogue;
        this.synchronising = synchronising;
        this.retryAfter = retryAfter;
    }

    boolean read() {
        return !synchronising || catalogue.read();
    }

    public Procedure require(String code) {
        return catalogue.find(code).orElseThrow(() -> read()
                ? new ApiException(ErrorCode.NOT_FOUND, "The catalogue holds no procedure " + code + ".")
                : new ApiException(ErrorCode.CATALOGUE_NOT_READY, "The procedure catalogue has not been read from "
                        + "the portal yet; send the same request again after Retry-After.", List.of(),
                        retryAfter));
    }

    @Override
    public Health health() {
        return read() ? Health.up().build()
                : Health.down().withDetail("reason", "the procedure catalogue has not been read yet").build();
    }
}
