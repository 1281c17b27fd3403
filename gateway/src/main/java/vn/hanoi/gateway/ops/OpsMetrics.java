package vn.hanoi.gateway.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The meters of the signals other features report ({@link OpsSignals}) and do not meter themselves, under
 * the gateway's one prefix: the outbox and the intake. They are always registered; a signal that is not
 * available reads NaN, which Prometheus keeps as "no value" and no alert rule fires on. The audit trail
 * ({@code gateway.audit.write.failures}) and the once-only KPI ({@code gateway.once_only.*}) register their
 * own meters.
 */
@Component
class OpsMetrics implements MeterBinder {

    /** Long enough for one scrape to read the three outbox meters, short enough to be fresh at the next. */
    private static final Duration ONE_SCRAPE = Duration.ofSeconds(1);

    private final OpsSignals signals;
    private final RecentReading<Optional<OutboxSignal.Snapshot>> outbox;

    OpsMetrics(OpsSignals signals) {
        this.signals = signals;
        this.outbox = new RecentReading<>(signals::outbox, ONE_SCRAPE);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "gateway.outbox.depth", "Outbox entries waiting to be delivered to the portal", null,
                () -> outbox.get().map(OutboxSignal.Snapshot::depth));
        gauge(registry, "gateway.outbox.oldest.age", "Age of the oldest outbox entry waiting", "seconds",
                () -> outbox.get().map(OutboxSignal.Snapshot::oldestAge).map(OpsMetrics::seconds));
        gauge(registry, "gateway.outbox.parked", "Outbox entries given up on, waiting for a replay", null,
                () -> outbox.get().map(OutboxSignal.Snapshot::parkedCount));
        gauge(registry, "gateway.intake.lag", "How far behind the intake of online dossiers is", "seconds",
                () -> signals.intakeLag().map(OpsMetrics::seconds));
    }

    private static void gauge(MeterRegistry registry, String name, String description, String unit,
                              Supplier<Optional<? extends Number>> value) {
        Gauge.builder(name, value, reading -> reading.get().map(Number::doubleValue).orElse(Double.NaN))
                .description(description)
                .baseUnit(unit)
                .strongReference(true)
                .register(registry);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
