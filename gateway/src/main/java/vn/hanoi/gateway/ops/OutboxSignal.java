package vn.hanoi.gateway.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the dossier outbox (synchronisation with the portal) tells ops. The dossiers feature implements
 * it as a bean; until one exists the ops page and metrics say "not available". Keep it cheap: it is
 * read on every metrics scrape and every ops page refresh.
 */
public interface OutboxSignal {

    Snapshot snapshot();

    /** Puts a parked entry back in the queue; false when there is no such parked entry. */
    boolean replay(String entryId);

    /**
     * The outbox now: entries waiting (parked ones not included), the age of the oldest waiting one
     * (null when none waits), how many are parked, and the most recently parked ones for the page.
     */
    record Snapshot(long depth, Duration oldestAge, long parkedCount, List<Parked> parked) {

        public Snapshot {
            parked = List.copyOf(parked);
        }
    }

    /**
     * An entry given up on after its attempts. {@code lastError} is a failure kind or code, never a
     * message (messages may quote personal data); {@code dossierCode} is the dossier's public code.
     */
    record Parked(String entryId, String dossierCode, String operation, int attempts, String lastError,
                  Instant parkedAt) {
    }
}
