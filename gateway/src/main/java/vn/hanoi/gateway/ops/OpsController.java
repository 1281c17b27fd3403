package vn.hanoi.gateway.ops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;

/**
 * The ops page's data: the summary it shows. Ops client only. Its Replay button posts to the dossiers
 * feature's {@code POST /api/v1/ops/outbox/{id}/replay}.
 */
@RestController
@RequestMapping("/api/v1/ops")
@Tag(name = "Operations")
@Access(dataset = Dataset.OPS)
class OpsController {

    private static final Logger LOG = LoggerFactory.getLogger(OpsController.class);

    private final OpsSummaries summaries;

    OpsController(OpsSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/summary")
    @Operation(summary = "What the ops page shows", description = "Every configured national system (state, "
            + "circuit, error rate, p95 latency, cache hit ratio, last error), the portal outbox, the intake lag, "
            + "the once-only rate against its target and audit write failures; a part this gateway does not have "
            + "says available: false.")
    OpsSummary summary() {
        OpsSummary summary = summaries.summary();
        LOG.debug("Ops summary served: {} connectors, {} down", summary.connectors().size(),
                summary.connectors().stream().filter(c -> OpsSummaries.DOWN.equals(c.state())).count());
        return summary;
    }
}
