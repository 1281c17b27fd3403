package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Set;

/** Builds a connector's Resilience4j circuit breaker from its configuration and failure classification. */
public final class CircuitBreakers {

    private CircuitBreakers() {
    }

    public static CircuitBreaker forConnector(CircuitBreakerRegistry registry, String system,
                                              ConnectorProperties properties) {
        ConnectorProperties.CircuitBreaker settings = properties.getCircuitBreaker();
        Set<FailureKind> recorded = properties.getFailures().getRecord();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.getFailureRateThreshold())
                .slidingWindowSize(settings.getSlidingWindowSize())
                .minimumNumberOfCalls(settings.getMinimumNumberOfCalls())
                .waitDurationInOpenState(settings.getWaitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.getPermittedNumberOfCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(failure -> !(failure instanceof UpstreamException classified)
                        || recorded.contains(classified.kind()))
                .build();
        return registry.circuitBreaker(system, config);
    }
}
