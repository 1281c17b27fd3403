package vn.hanoi.gateway.kpi;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.connectors.command-centre.*} as the indicator feed uses it: the organ id it reports as, the
 * Vietnam time of day after which the previous day is reported, and how long a failed report waits before it is
 * sent again. (The base URL and API key are the routes'.)
 */
@ConfigurationProperties("gateway.connectors.command-centre")
record CommandCentreSettings(String reportingUnit, LocalTime reportTime, Duration retryInterval) {

    CommandCentreSettings {
        Objects.requireNonNull(reportingUnit, "gateway.connectors.command-centre.reporting-unit");
        Objects.requireNonNull(reportTime, "gateway.connectors.command-centre.report-time");
        Objects.requireNonNull(retryInterval, "gateway.connectors.command-centre.retry-interval");
    }
}
