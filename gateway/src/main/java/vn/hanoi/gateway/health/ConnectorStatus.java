package vn.hanoi.gateway.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.ConnectorActivity;

/**
 * One national system as health and the ops page show it: whether its circuit lets calls through, and
 * over the recent window its attempts, error rate (0 to 1), p95 attempt latency and cache hit ratio
 * (null when there was nothing to measure), with its last success and last failure (a failure kind,
 * never a message: messages may quote requests).
 */
public record ConnectorStatus(
        String system,
        boolean circuitAllowsCalls,
        String circuitState,
        String window,
        int attempts,
        int failures,
        Double errorRate,
        Long p95LatencyMs,
        Double cacheHitRatio,
        int staleAnswers,
        OffsetDateTime lastSuccess,
        LastFailure lastFailure) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record LastFailure(OffsetDateTime at, String kind) {
    }

    static ConnectorStatus of(Connector connector) {
        CircuitBreaker.State state = connector.breaker().getState();
        ConnectorActivity activity = connector.activity();
        ConnectorActivity.Recent recent = activity.recent();
        return new ConnectorStatus(
                connector.system(),
                state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN,
                state.name(),
                recent.window().toString(),
                recent.attempts(),
                recent.failures(),
                recent.errorRate().map(ConnectorStatus::rounded).orElse(null),
                recent.p95Latency() == null ? null : recent.p95Latency().toMillis(),
                recent.cacheHitRatio().map(ConnectorStatus::rounded).orElse(null),
                recent.staleAnswers(),
                activity.lastSuccess().map(ConnectorStatus::local).orElse(null),
                activity.lastFailure().map(f -> new LastFailure(local(f.at()), f.kind().name())).orElse(null));
    }

    /** The health component's details: the non-null fields, times as ISO-8601 with offset. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("circuitState", circuitState);
        details.put("window", window);
        details.put("attempts", attempts);
        details.put("failures", failures);
        putIfPresent(details, "errorRate", errorRate);
        putIfPresent(details, "p95LatencyMs", p95LatencyMs);
        putIfPresent(details, "cacheHitRatio", cacheHitRatio);
        details.put("staleAnswers", staleAnswers);
        putIfPresent(details, "lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
        if (lastFailure != null) {
            details.put("lastFailure", Map.of("at", lastFailure.at().toString(), "kind", lastFailure.kind()));
        }
        return details;
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static OffsetDateTime local(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime();
    }

    private static double rounded(double ratio) {
        return Math.round(ratio * 1000) / 1000.0;
    }
}
