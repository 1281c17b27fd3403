package vn.hanoi.gateway.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.ops.*}: how often the ops page refreshes, the error rate from which a connector shows
 * as degraded, and the once-only rate the city aims for.
 */
@ConfigurationProperties("gateway.ops")
record OpsProperties(Duration pageRefresh, double errorRateWarning, double onceOnlyTarget) {
}
