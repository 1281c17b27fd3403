package vn.hanoi.gateway.routes.npsp;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * Delivers the outbox: claims what is due (each dossier's oldest undelivered entry only), delivers it, and
 * records the outcome. A failure is tried again after an exponential backoff with jitter, and parked after
 * the configured number of attempts (at once for the failures configuration names, e.g. data the portal
 * refuses). An open circuit is not an attempt: the entry waits for the breaker. Rounds repeat while they
 * deliver something, so a dossier's next change follows as soon as the previous one is through.
 */
final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final OutboxSettings settings;
    private final IntervalFunction backoff;
    private final Clock clock;
    private final String worker;
    private final Duration deliveryDeadline;

    OutboxDispatcher(Outbox outbox, OutboxDelivery delivery, OutboxSettings settings, IntervalFunction backoff, Clock clock,
                     String worker, Duration deliveryDeadline) {
        if (settings.lease().compareTo(deliveryDeadline.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("gateway.dossiers.outbox.lease must be at least twice the npsp deadline");
        }
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
        this.worker = worker;
        this.deliveryDeadline = deliveryDeadline;
    }

    /** Delivers what is due; returns how many entries reached the portal. */
    int dispatchDue() {
        int delivered = 0;
        boolean progress = true;
        while (progress) {
            List<OutboxEntry> batch = outbox.claim(worker, settings.batchSize(), clock.instant(), settings.lease());
            int before = delivered;
            for (OutboxEntry entry : batch) {
                if (clock.instant().plus(deliveryDeadline).isAfter(entry.leaseUntil())) {
                    outbox.retryLater(entry, worker, null, clock.instant(), false);
                } else if (deliver(entry)) {
                    delivered++;
                }
            }
            progress = delivered > before;
        }
        return delivered;
    }

    private boolean deliver(OutboxEntry entry) {
        MDC.put("correlationId", entry.correlationId());
        try {
            delivery.deliver(entry);
            outbox.delivered(entry, worker, clock.instant());
            LOG.info("Outbox entry {} ({}) of dossier {} delivered", entry.id(), entry.kind(), entry.dossierCode());
            return true;
        } catch (UpstreamException failure) {
            failed(entry, failure);
        } catch (IllegalArgumentException unreadable) {
            outbox.park(entry, worker, "unreadable payload", clock.instant());
            LOG.warn("Outbox entry {} of dossier {} parked: unreadable payload", entry.id(), entry.dossierCode());
        } finally {
            MDC.remove("correlationId");
        }
        return false;
    }

    private void failed(OutboxEntry entry, UpstreamException failure) {
        Instant now = clock.instant();
        String error = failure.getMessage();
        if (failure.kind() == FailureKind.CIRCUIT_OPEN) {
            outbox.retryLater(entry, worker, error, now.plus(failure.retryAfter().orElse(settings.initialBackoff())), false);
            return;
        }
        int attempts = entry.attempts() + 1;
        if (settings.parkAt().contains(failure.kind()) || attempts >= settings.maxAttempts()) {
            outbox.park(entry, worker, error, now);
            LOG.warn("Outbox entry {} of dossier {} parked after {} attempt(s): {}", entry.id(), entry.dossierCode(),
                    attempts, failure.kind());
            return;
        }
        Instant next = now.plus(Duration.ofMillis(backoff.apply(attempts)));
        outbox.retryLater(entry, worker, error, next, true);
        LOG.info("Outbox entry {} of dossier {} failed ({}), attempt {} of {}, next at {}", entry.id(),
                entry.dossierCode(), failure.kind(), attempts, settings.maxAttempts(), next);
    }
}
