package vn.hanoi.gateway.kpi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The KPI as metrics, over the trailing {@code gateway.kpi.gauge-window}: {@code gateway.once_only.rate} (NaN
 * without dossiers), {@code gateway.once_only.dossiers} and {@code gateway.once_only.target}. The report is computed
 * at most once per {@code gateway.kpi.gauge-refresh}, however often the metrics are scraped.
 */
@Component
class OnceOnlyGauges implements MeterBinder {

    private final OnceOnlyKpi kpi;
    private final KpiSettings settings;
    private final Clock clock;
    private KpiReport latest;
    private Instant computedAt;

    OnceOnlyGauges(OnceOnlyKpi kpi, KpiSettings settings, Clock clock) {
        this.kpi = kpi;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("gateway.once_only.rate", this, gauges -> {
            Double rate = gauges.report().rate();
            return rate == null ? Double.NaN : rate;
        }).description("Share of dossiers in which the citizen resubmitted nothing the state holds").register(registry);
        Gauge.builder("gateway.once_only.dossiers", this, gauges -> gauges.report().dossiers())
                .description("Dossiers counted by the once-only rate").register(registry);
        Gauge.builder("gateway.once_only.target", settings, KpiSettings::target)
                .description("The plan's target once-only rate").register(registry);
    }

    /** The report over the trailing window, computed at most once per refresh interval. */
    synchronized KpiReport report() {
        Instant now = clock.instant();
        if (latest == null || Duration.between(computedAt, now).abs().compareTo(settings.gaugeRefresh()) >= 0) {
            latest = kpi.report(new Period(now.minus(settings.gaugeWindow()), null));
            computedAt = now;
        }
        return latest;
    }
}
