package vn.hanoi.gateway.ops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/** The ops page's data: the summary it shows, and the replay of a parked outbox entry. Ops client only. */
@RestController
@RequestMapping("/api/v1/ops")
@Tag(name = "Operations")
@Access(dataset = Dataset.OPS)
class OpsController {

    private static final Logger LOG = LoggerFactory.getLogger(OpsController.class);
    private static final String PROBLEM = "application/problem+json";
    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final OpsSummaries summaries;
    private final OpsSignals signals;

    OpsController(OpsSummaries summaries, OpsSignals signals) {
        this.summaries = summaries;
        this.signals = signals;
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

    @PostMapping("/outbox/{entryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Put a parked outbox entry back in the queue")
    @ApiResponse(responseCode = "202", description = "Back in the queue")
    @ApiResponse(responseCode = "400", description = "A malformed entry id (INVALID_ENTRY_ID)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "404", description = "No such parked entry, or no outbox in this gateway",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    Replayed replay(@PathVariable String entryId, HttpServletRequest request) {
        if (!ENTRY_ID.matcher(entryId).matches()) {
            throw ApiException.invalid("entryId", "INVALID_ENTRY_ID", "1-64 of A-Z a-z 0-9 . _ : -");
        }
        boolean replayed = signals.replay(entryId).orElseThrow(() ->
                new ApiException(ErrorCode.NOT_FOUND, "This gateway has no outbox."));
        if (!replayed) {
            throw new ApiException(ErrorCode.NOT_FOUND, "No parked outbox entry has that id.");
        }
        LOG.info("Outbox entry {} put back in the queue by {}", entryId, request.getRemoteUser());
        return new Replayed(entryId, true);
    }

    record Replayed(String entryId, boolean replayed) {
    }
}
