package vn.hanoi.gateway.dossiers;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.ops.OutboxSignal;

/**
 * The portal outbox as the ops page and metrics see it: one aggregate query over the entries not delivered,
 * and the most recently parked ones. Replay is {@link OutboxTable#replay}, as at
 * {@code POST /api/v1/ops/outbox/{id}/replay}.
 */
@Component
class OutboxOpsSignal implements OutboxSignal {

    private static final int PARKED_SHOWN = 10;

    private final OutboxTable outbox;
    private final Clock clock;

    OutboxOpsSignal(OutboxTable outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Snapshot snapshot() {
        OutboxTable.Backlog backlog = outbox.backlog();
        Duration oldestAge = backlog.oldestWaitingSince() == null ? null
                : Duration.between(backlog.oldestWaitingSince(), clock.instant()).abs();
        return new Snapshot(backlog.waiting(), oldestAge, backlog.parked(), outbox.lastParked(PARKED_SHOWN).stream()
                .map(parked -> new Parked(Long.toString(parked.id()), parked.dossierCode(), parked.kind().name(),
                        parked.attempts(), parked.lastError(), parked.parkedAt().toInstant()))
                .toList());
    }

    @Override
    public boolean replay(String entryId) {
        try {
            return outbox.replay(Long.parseLong(entryId), clock.instant()) == OutboxTable.Replay.REPLAYED;
        } catch (NumberFormatException notAnEntryId) {
            return false;
        }
    }
}
