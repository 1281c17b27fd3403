package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable outbox of changes for the portal, as the dispatcher uses it; the gateway stores it. Each
 * outcome names the worker that claimed the entry and is ignored (answers {@code false}) when the entry is no
 * longer that worker's, e.g. after its lease ran out and another instance took it.
 */
public interface Outbox {

    /**
     * Claims up to {@code limit} entries that are due at {@code now}, for {@code lease}: only the oldest
     * undelivered entry of each dossier is eligible, so a dossier's changes go out one at a time, in order, and
     * a failing one holds back those after it.
     */
    List<OutboxEntry> claim(String worker, int limit, Instant now, Duration lease);

    boolean delivered(OutboxEntry entry, String worker, Instant at);

    /**
     * Gives the entry back, due again at {@code nextAttemptAt}; {@code counted} says whether this was an attempt at
     * the portal; {@code error} (no personal data) replaces the last one unless {@code null}.
     */
    boolean retryLater(OutboxEntry entry, String worker, String error, Instant nextAttemptAt, boolean counted);

    /** Parks the entry as failed: it, and the dossier's later entries, wait for a replay. */
    boolean park(OutboxEntry entry, String worker, String error, Instant at);
}
