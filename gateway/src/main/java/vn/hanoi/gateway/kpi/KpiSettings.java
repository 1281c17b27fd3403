package vn.hanoi.gateway.kpi;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.kpi.*}: the plan's target share of dossiers without resubmission, and the trailing window and
 * refresh interval of the {@code gateway.once_only.*} gauges.
 */
@ConfigurationProperties("gateway.kpi")
record KpiSettings(double target, Duration gaugeWindow, Duration gaugeRefresh) {

    KpiSettings {
        Objects.requireNonNull(gaugeWindow, "gateway.kpi.gauge-window");
        Objects.requireNonNull(gaugeRefresh, "gateway.kpi.gauge-refresh");
        if (target <= 0 || target > 1) {
            throw new IllegalArgumentException("gateway.kpi.target is a share, in (0, 1]");
        }
    }
}
