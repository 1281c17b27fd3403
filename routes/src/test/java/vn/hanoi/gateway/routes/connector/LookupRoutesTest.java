package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.Route;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The route template and the shared error policy together, on a real Camel context. */
class LookupRoutesTest {

    private static final LookupRequest REQUEST = new LookupRequest("001305885451", "corr-1", "officer-1", null);

    private final ConnectorProperties properties = TestConnectors.properties();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Connector connector = TestConnectors.connector(properties, meters);
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger upstreamCalls = new AtomicInteger();
    private final AtomicReference<FailureKind> failWith = new AtomicReference<>();
    /** When set, the upstream answers with this key's record, whatever it was asked. */
    private final AtomicReference<String> answerAbout = new AtomicReference<>();
    private Upstream<String> upstream;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startRoutes() throws Exception {
        properties.getRetry().setMaxAttempts(1);
        upstream = (request, deadline, timeout) -> {
            upstreamCalls.incrementAndGet();
            if (failWith.get() != null) {
                throw new UpstreamException(TestConnectors.SYSTEM, failWith.get(), "test");
            }
            return "native:" + (answerAbout.get() != null ? answerAbout.get() : request.key());
        };
        camel = TestConnectors.routes(steps("lookup"));
        producer = camel.createProducerTemplate();
    }

    private LookupSteps<String> steps(String operation) {
        RecordIdentity identity = (key, canonical) -> canonical.equals("canonical(native:" + key + ")");
        return new LookupSteps<>(connector, operation, upstream, nativeRecord -> "canonical(" + nativeRecord + ")",
                identity, new CaffeineLookupCache(100), new CacheKeys(new byte[16]), clock);
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    @Test
    void createsOneKebabCaseRoutePerConnectorOperationUnderTheSharedErrorPolicy() {
        assertThat(camel.getRoutes()).extracting(Route::getRouteId).containsExactly("test-register-lookup");
        Route route = camel.getRoute("test-register-lookup");
        assertThat(route.getEndpoint().getEndpointUri()).isEqualTo("direct://test-register-lookup");
        assertThat(route.getConfigurationId()).isEqualTo(ConnectorErrorPolicy.ID);
        assertThat(LookupRoutes.endpoint(TestConnectors.SYSTEM, "lookup")).isEqualTo("direct:test-register-lookup");
    }

    @Test
    void namesEachStepAfterItsRouteSoThatTheRoutesOfSeveralOperationsLiveTogether() throws Exception {
        CamelContext two = TestConnectors.routes(steps("lookup"), steps("by-parcel"));
        try {
            for (String route : List.of("test-register-lookup", "test-register-by-parcel")) {
                assertThat(LookupRoutes.STEPS)
                        .allSatisfy(step -> assertThat(two.getProcessor(route + "-" + step)).as(step).isNotNull());
                CircuitBreakerDefinition breaker = ProcessorDefinitionHelper.filterTypeInOutputs(
                        ((ModelCamelContext) two).getRouteDefinition(route).getOutputs(), CircuitBreakerDefinition.class)
                        .iterator().next();
                assertThat(breaker.getOnFallback().getOutputs()).extracting(ProcessorDefinition::getId)
                        .containsExactly(route + "-" + LookupRoutes.WHY_NOT_ANSWERED);
            }
            assertThat(two.getProcessor(LookupRoutes.READ_CACHE)).as("no id without its route").isNull();
        } finally {
            two.stop();
        }
    }

    @Test
    void callsTheRegisterThroughARegisterEndpointAndRefusesOneForALookupNobodyDeclared() {
        assertThat(camel.hasEndpoint("register://test-register?operation=lookup")).isInstanceOf(RegisterEndpoint.class);
        assertThatThrownBy(() -> camel.getEndpoint("register:nowhere?operation=lookup"))
                .isInstanceOf(ResolveEndpointFailedException.class);
    }

    @Test
    void answersFromTheUpstreamThenFromTheCacheWhileFresh() {
        LookupResult first = lookup().getMessage().getBody(LookupResult.class);
        LookupResult second = lookup().getMessage().getBody(LookupResult.class);

        assertThat(first.cache()).isEqualTo(CacheState.MISS);
        assertThat(first.record()).isEqualTo("canonical(native:001305885451)");
        assertThat(second.cache()).isEqualTo(CacheState.HIT);
        assertThat(second.record()).isEqualTo(first.record());
        assertThat(second.retrievedAt()).isEqualTo(first.retrievedAt());
        assertThat(upstreamCalls).hasValue(1);
    }

    @Test
    void asksTheUpstreamAgainOnceTheTtlHasPassed() {
        lookup();
        clock.advance(properties.getCache().getTtl().plusSeconds(1));
        LookupResult again = lookup().getMessage().getBody(LookupResult.class);
        assertThat(again.cache()).isEqualTo(CacheState.MISS);
        assertThat(upstreamCalls).hasValue(2);
    }

    @Test
    void servesTheStaleCopyWhenTheUpstreamFailsAndPolicyAllows() {
        LookupResult fresh = lookup().getMessage().getBody(LookupResult.class);
        clock.advance(properties.getCache().getTtl().plusSeconds(1));
        failWith.set(FailureKind.SERVER_ERROR);

        Exchange answer = lookup();

        assertThat(answer.getException()).isNull();
        LookupResult stale = answer.getMessage().getBody(LookupResult.class);
        assertThat(stale.cache()).isEqualTo(CacheState.STALE);
        assertThat(stale.record()).isEqualTo(fresh.record());
        assertThat(stale.retrievedAt()).isEqualTo(fresh.retrievedAt());
    }

    @Test
    void neverServesStaleForAFailureOutsideThePolicy() {
        lookup();
        clock.advance(properties.getCache().getTtl().plusSeconds(1));
        failWith.set(FailureKind.MALFORMED_RESPONSE);

        assertThat(lookup().getException()).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
    }

    @Test
    void neverServesStaleWhenStaleIfErrorIsOff() {
        properties.getCache().setStaleIfError(false);
        lookup();
        clock.advance(properties.getCache().getTtl().plusSeconds(1));
        failWith.set(FailureKind.IO);

        assertThat(lookup().getException()).isInstanceOf(UpstreamException.class);
    }

    @Test
    void neverServesACopyOlderThanMaxStale() {
        lookup();
        clock.advance(properties.getCache().getMaxStale().plusSeconds(1));
        failWith.set(FailureKind.IO);

        assertThat(lookup().getException()).isInstanceOf(UpstreamException.class);
    }

    @Test
    void passesTheClassifiedFailureToTheCallerWhenNothingIsCached() {
        failWith.set(FailureKind.NOT_FOUND);
        assertThat(lookup().getException()).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND));
    }

    @Test
    void refusesAnAnswerAboutAnotherRecordAsMalformedCountsItAndKeepsNothing() {
        answerAbout.set("001099000001");
        long failedBefore = connector.breaker().getMetrics().getNumberOfFailedCalls();

        assertThat(lookup().getException()).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));

        assertThat(connector.breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore + 1);
        answerAbout.set(null);
        LookupResult next = lookup().getMessage().getBody(LookupResult.class);
        assertThat(next.cache()).isEqualTo(CacheState.MISS);
        assertThat(next.record()).isEqualTo("canonical(native:001305885451)");
        assertThat(upstreamCalls).hasValue(2);
    }

    @Test
    void recordsTheCallOfAnAnswerAboutAnotherRecordAsAMalformedResponseNotASuccess() {
        answerAbout.set("001099000001");

        lookup();

        assertThat(connector.activity().lastSuccess()).isEmpty();
        assertThat(connector.activity().lastFailure()).hasValueSatisfying(
                failure -> assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
        ConnectorActivity.Recent recent = connector.activity().recent();
        assertThat(recent.attempts()).isEqualTo(1);
        assertThat(recent.failures()).isEqualTo(1);
        assertThat(callsWithOutcome("malformed_response")).isEqualTo(1);
        assertThat(callsWithOutcome("success")).isZero();
    }

    @Test
    void recordsTheCallOfAUsableAnswerOnceAsASuccess() {
        lookup();

        assertThat(connector.activity().lastSuccess()).isPresent();
        assertThat(connector.activity().lastFailure()).isEmpty();
        assertThat(connector.activity().recent().attempts()).isEqualTo(1);
        assertThat(connector.activity().recent().failures()).isZero();
        assertThat(callsWithOutcome("success")).isEqualTo(1);
        assertThat(callsWithOutcome("malformed_response")).isZero();
    }

    private double callsWithOutcome(String outcome) {
        Counter calls = meters.find("gateway.connector.calls")
                .tags("connector", TestConnectors.SYSTEM, "outcome", outcome).counter();
        return calls == null ? 0 : calls.count();
    }

    @Test
    void refusesWhileTheBreakerIsOpenForTheRestOfItsOpenTimeWithoutCallingTheRegister() {
        properties.getCache().setStaleIfError(false);
        failWith.set(FailureKind.SERVER_ERROR);
        for (int call = 0; call < properties.getCircuitBreaker().getSlidingWindowSize(); call++) {
            lookup();
        }
        assertThat(connector.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsBefore = upstreamCalls.get();

        Exchange refused = lookup();

        assertThat(refused.getException()).isInstanceOfSatisfying(UpstreamException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.CIRCUIT_OPEN);
            assertThat(e.retryAfter()).contains(properties.getCircuitBreaker().getWaitDurationInOpenState());
        });
        assertThat(upstreamCalls).hasValue(callsBefore);
    }

    @Test
    void servesTheStaleCopyWhileTheBreakerIsOpen() {
        LookupResult fresh = lookup().getMessage().getBody(LookupResult.class);
        clock.advance(properties.getCache().getTtl().plusSeconds(1));
        connector.breaker().transitionToOpenState();

        LookupResult stale = lookup().getMessage().getBody(LookupResult.class);

        assertThat(stale.cache()).isEqualTo(CacheState.STALE);
        assertThat(stale.record()).isEqualTo(fresh.record());
        assertThat(upstreamCalls).hasValue(1);
    }

    @Test
    void neverCountsNotFoundAgainstTheBreaker() {
        failWith.set(FailureKind.NOT_FOUND);
        for (int call = 0; call < properties.getCircuitBreaker().getSlidingWindowSize() * 2; call++) {
            assertThat(lookup().getException()).isInstanceOf(UpstreamException.class);
        }

        assertThat(connector.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(connector.breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    private Exchange lookup() {
        return producer.send(LookupRoutes.endpoint(TestConnectors.SYSTEM, "lookup"),
                exchange -> exchange.getMessage().setBody(REQUEST));
    }

    /** A clock tests can move forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
