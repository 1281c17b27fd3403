package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.springframework.util.unit.DataSize;

/** Connector settings and parts for tests, with short timings. */
final class TestConnectors {

    static final String SYSTEM = "test-register";

    private TestConnectors() {
    }

    static ConnectorProperties properties() {
        ConnectorProperties p = new ConnectorProperties();
        p.setBaseUrl("http://127.0.0.1:1");
        p.setConnectTimeout(Duration.ofMillis(200));
        p.setAttemptTimeout(Duration.ofMillis(300));
        p.setDeadline(Duration.ofMillis(1000));
        p.setRetryAfter(Duration.ofSeconds(30));
        p.setActivityWindow(Duration.ofMinutes(5));
        p.setMaxConcurrentCalls(8);
        p.setMaxResponseSize(DataSize.ofKilobytes(64));
        p.getCache().setTtl(Duration.ofMinutes(10));
        p.getCache().setStaleIfError(true);
        p.getCache().setMaxStale(Duration.ofHours(1));
        p.getRetry().setMaxAttempts(3);
        p.getRetry().setInitialBackoff(Duration.ofMillis(10));
        p.getRetry().setMultiplier(2);
        p.getRetry().setJitter(0.1);
        p.getCircuitBreaker().setFailureRateThreshold(50);
        p.getCircuitBreaker().setSlidingWindowSize(4);
        p.getCircuitBreaker().setMinimumNumberOfCalls(4);
        p.getCircuitBreaker().setWaitDurationInOpenState(Duration.ofSeconds(60));
        p.getCircuitBreaker().setPermittedNumberOfCallsInHalfOpenState(1);
        p.getFailures().setRecord(EnumSet.of(FailureKind.IO, FailureKind.TIMEOUT, FailureKind.SERVER_ERROR,
                FailureKind.SOAP_FAULT, FailureKind.REGISTER_ERROR, FailureKind.MALFORMED_RESPONSE, FailureKind.THROTTLED));
        p.getFailures().setRetry(EnumSet.of(FailureKind.IO, FailureKind.SERVER_ERROR, FailureKind.REGISTER_ERROR,
                FailureKind.THROTTLED));
        p.getFailures().setServeStale(EnumSet.of(FailureKind.IO, FailureKind.TIMEOUT, FailureKind.SERVER_ERROR,
                FailureKind.CIRCUIT_OPEN, FailureKind.REGISTER_ERROR));
        return p;
    }

    /** A started Camel context with the shared error policy and one lookup route per steps. */
    static CamelContext routes(LookupSteps<?>... steps) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new ConnectorErrorPolicy());
        LookupRoutes routes = new LookupRoutes(List.of(steps));
        camel.addRoutes(routes);
        // As camel-main and camel-spring-boot do: templated routes after every builder's routes.
        routes.addTemplatedRoutesToCamelContext(camel);
        camel.start();
        return camel;
    }

    static Connector connector(ConnectorProperties properties) {
        return connector(properties, new SimpleMeterRegistry());
    }

    static Connector connector(ConnectorProperties properties, MeterRegistry meters) {
        CircuitBreaker breaker = CircuitBreakers.forConnector(CircuitBreakerRegistry.ofDefaults(), SYSTEM, properties);
        ConnectorActivity activity = new ConnectorActivity(SYSTEM, Clock.systemUTC(), properties.getActivityWindow());
        ConnectorMetrics metrics = new ConnectorMetrics(SYSTEM, meters);
        metrics.watch(breaker);
        return new Connector(SYSTEM, properties, breaker,
                new ResilientUpstream(SYSTEM, properties, breaker, activity, metrics), activity, metrics);
    }
}
