package vn.hanoi.gateway.ops;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The signals other features report to ops, each empty when that feature is not in this gateway or
 * could not answer just now (a failing signal is logged by type and shown as "not available": the
 * page and the metrics never fail because of it).
 */
@Component
class OpsSignals {

    private static final Logger LOG = LoggerFactory.getLogger(OpsSignals.class);

    private final ObjectProvider<OutboxSignal> outbox;
    private final ObjectProvider<IntakeSignal> intake;
    private final ObjectProvider<AuditSignal> audit;
    private final ObjectProvider<OnceOnlySignal> onceOnly;

    OpsSignals(ObjectProvider<OutboxSignal> outbox, ObjectProvider<IntakeSignal> intake,
               ObjectProvider<AuditSignal> audit, ObjectProvider<OnceOnlySignal> onceOnly) {
        this.outbox = outbox;
        this.intake = intake;
        this.audit = audit;
        this.onceOnly = onceOnly;
    }

    Optional<OutboxSignal.Snapshot> outbox() {
        return read(outbox, OutboxSignal::snapshot);
    }

    Optional<Duration> intakeLag() {
        return read(intake, IntakeSignal::lag);
    }

    Optional<OpsSummary.Audit> audit() {
        return read(audit, signal -> new OpsSummary.Audit(true, signal.writeFailures(), signal.purposeOverrides(),
                signal.purposeMismatches()));
    }

    Optional<OnceOnlySignal.Kpi> onceOnly() {
        return read(onceOnly, OnceOnlySignal::kpi);
    }

    private static <S, T> Optional<T> read(ObjectProvider<S> provider, Function<S, T> reading) {
        S signal = provider.getIfAvailable();
        if (signal == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reading.apply(signal));
        } catch (RuntimeException failure) {
            LOG.warn("Ops signal {} failed ({})", signal.getClass().getSimpleName(), failure.getClass().getName());
            return Optional.empty();
        }
    }
}
