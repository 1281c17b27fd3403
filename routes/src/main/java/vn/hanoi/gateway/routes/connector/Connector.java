package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * One national system as the gateway sees it: its effective settings, its circuit breaker, its
 * resilient call policy, its recent activity and its metrics.
 */
public record Connector(
        String system,
        ConnectorProperties properties,
        CircuitBreaker breaker,
        ResilientUpstream resilient,
        ConnectorActivity activity,
        ConnectorMetrics metrics) {
}
