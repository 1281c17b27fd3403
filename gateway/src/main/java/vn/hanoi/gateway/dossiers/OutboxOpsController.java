package vn.hanoi.gateway.dossiers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/** For the ops team: the outbox entries parked as failed (without their personal data), and their replay. */
@RestController
@RequestMapping("/api/v1/ops/outbox")
@Access(dataset = Dataset.OPS)
class OutboxOpsController {

    static final String INVALID_OUTBOX_ID = "INVALID_OUTBOX_ID";
    private static final int MAX_LISTED = 500;
    private static final Pattern OUTBOX_ID = Pattern.compile("[0-9]{1,18}");

    private final OutboxTable outbox;
    private final Clock clock;

    OutboxOpsController(OutboxTable outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/parked")
    List<OutboxTable.Parked> parked() {
        return outbox.parked(MAX_LISTED);
    }

    /** The id is plain ASCII digits: {@code long} binding would also read Arabic-Indic or fullwidth digits. */
    @PostMapping("/{id}/replay")
    ResponseEntity<Map<String, Object>> replay(@PathVariable("id") String entryId) {
        if (!OUTBOX_ID.matcher(entryId).matches()) {
            throw ApiException.invalid("id", INVALID_OUTBOX_ID, "an outbox entry id is 1-18 digits 0-9");
        }
        long id = Long.parseLong(entryId);
        return switch (outbox.replay(id, clock.instant())) {
            case REPLAYED -> ResponseEntity.accepted().body(Map.of("id", id, "state", "PENDING"));
            case NOT_PARKED -> throw new ApiException(ErrorCode.CONFLICT, "Outbox entry " + id + " is not parked.");
            case UNKNOWN -> throw new ApiException(ErrorCode.NOT_FOUND, "No outbox entry " + id + ".");
        };
    }
}
