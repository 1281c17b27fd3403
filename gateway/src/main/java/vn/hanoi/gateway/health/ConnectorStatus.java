package vn.hanoi.gateway.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.ConnectorActivity;

/**
 * One national system as health and the ops page show it: whether its circuit lets calls through, and
 * over the recent window its attempts, error rate (0 to 1), p95 attempt latency and cache hit ratio
 * (null when there was nothing to measure), with its last success and last failure (a failure kind,
 * never a message: messages may quote requests), and, while it is idle, the last probe of it
 * ({@link ConnectorProbes}: null when it has calls of its own to go by).
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
        LastFailure lastFailure,
        Probe probe) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record LastFailure(OffsetDateTime at, String kind) {
    }

    /** The last probe of an idle connector: when, how ({@code TCP}, {@code HTTP}), and whether it reached it. */
    public record Probe(OffsetDateTime at, String kind, boolean reachable, String failure) {
    }

    /** Whether the system can be called: its circuit lets calls through and, if idle, its last probe reached it. */
    public boolean up() {
        return circuitAllowsCalls && (probe == null || probe.reachable());
    }

    static ConnectorStatus of(Connector connector, Optional<ConnectorProbes.Probed> probed) {
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
                activity.lastFailure().map(f -> new LastFailure(local(f.at()), f.kind().name())).orElse(null),
                probed.map(p -> new Probe(local(p.at()), p.kind().name(), p.up(), p.failure().orElse(null))).orElse(null));
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
        if (probe != null) {
            Map<String, Object> probeDetails = new LinkedHashMap<>();
            probeDetails.put("at", probe.at().toString());
            probeDetails.put("kind", probe.kind());
            probeDetails.put("reachable", probe.reachable());
            putIfPresent(probeDetails, "failure", probe.failure());
            details.put("probe", probeDetails);
        }
        return details;
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    static OffsetDateTime local(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime();
    }

    private static double rounded(double ratio) {
        return Math.round(ratio * 1000) / 1000.0;
    }
}
