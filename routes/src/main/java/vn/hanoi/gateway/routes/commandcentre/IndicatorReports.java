package vn.hanoi.gateway.routes.commandcentre;

import java.time.Instant;
import java.util.List;

/**
 * The durable queue of indicator reports for the command centre, as its routes use it; the gateway stores it and
 * computes each report's body when it is sent (so a resend carries the latest counts, and replaces).
 */
public interface IndicatorReports {

    /** Queues the previous day once {@code now} is past the day's report time; idempotent. */
    void queueDaily(Instant now);

    /** The reports due at {@code now}, oldest period first. */
    List<QueuedReport> due(Instant now);

    /** The report's JSON body as the contract wants it, computed now. */
    String body(QueuedReport report, Instant now);

    void stored(QueuedReport report, String reportId, Instant at);

    /** Not stored: due again later; {@code error} names the status or failure kind, never personal data. */
    void failed(QueuedReport report, String error, Instant at);
}
