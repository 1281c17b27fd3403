package vn.hanoi.gateway.routes.npsp;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * <p>
 * The entries of a round go to the portal together, one call per service ({@link OutboxDelivery}): a claim holds
 * one entry per dossier, so this keeps each dossier's order. When a call of several entries fails (other than on
 * an open circuit), each is sent again alone at once, so that one entry the portal refuses, or a dossier it
 * cannot take, holds back only its own dossier and counts an attempt only against itself.
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
            List<OutboxEntry> inTime = new ArrayList<>();
            for (OutboxEntry entry : batch) {
                if (leaseLastsADelivery(entry)) {
                    inTime.add(entry);
                }
            }
            int before = delivered;
            OutboxDelivery.Prepared prepared = delivery.prepare(inTime);
            prepared.unreadable().forEach(this::parkUnreadable);
            for (OutboxDelivery.Call call : prepared.calls()) {
                delivered += send(call);
            }
            progress = delivered > before;
        }
        return delivered;
    }

    /** Sends the call; returns how many of its entries reached the portal. */
    private int send(OutboxDelivery.Call call) {
        try {
            delivery.send(call);
        } catch (UpstreamException failure) {
            if (call.entries().size() > 1 && failure.kind() != FailureKind.CIRCUIT_OPEN) {
                return IntStream.range(0, call.entries().size())
                        .filter(i -> leaseLastsADelivery(call.entries().get(i)))
                        .map(i -> send(new OutboxDelivery.Call(call.service(), List.of(call.entries().get(i)),
                                List.of(call.items().get(i)))))
                        .sum();
            }
            call.entries().forEach(entry -> withCorrelation(entry, () -> failed(entry, failure)));
            return 0;
        }
        Instant at = clock.instant();
        call.entries().forEach(entry -> withCorrelation(entry, () -> {
            outbox.delivered(entry, worker, at);
            LOG.info("Outbox entry {} ({}) of dossier {} delivered", entry.id(), entry.kind(), entry.dossierCode());
        }));
        return call.entries().size();
    }

    /** Whether the entry's claim lasts one more delivery; if not, it is given back (not an attempt). */
    private boolean leaseLastsADelivery(OutboxEntry entry) {
        if (clock.instant().plus(deliveryDeadline).isAfter(entry.leaseUntil())) {
            outbox.retryLater(entry, worker, null, clock.instant(), false);
            return false;
        }
        return true;
    }

    private void parkUnreadable(OutboxEntry entry) {
        withCorrelation(entry, () -> {
            outbox.park(entry, worker, "unreadable payload", clock.instant());
            LOG.warn("Outbox entry {} of dossier {} parked: unreadable payload", entry.id(), entry.dossierCode());
        });
    }

    private static void withCorrelation(OutboxEntry entry, Runnable step) {
        MDC.put("correlationId", entry.correlationId());
        try {
            step.run();
        } finally {
            MDC.remove("correlationId");
        }
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
