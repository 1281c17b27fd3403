package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.everyregister.AbstractEveryRegisterIT;

/**
 * Register × fault: each of the five registers misbehaving in each way of {@link UpstreamFault}, for a
 * record of its own (the cache outlives a cell). Each cell holds the gateway to the caller's exact answer
 * within the deadline and a margin, to whether the breaker counted the call, to a stale copy answering
 * where the policy allows, and to leaving nothing behind: the connectors' upstream workers idle again and
 * no more threads than a small bound over the whole matrix ({@link UpstreamPools}).
 */
@TestPropertySource(properties = {
        "gateway.connector-defaults.cache.stale-if-error=true",
        "gateway.connector-defaults.max-response-size=" + FaultMatrixTimings.MAX_RESPONSE_MEGABYTES + "MB",
        "gateway.connector-defaults.attempt-timeout=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.population.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.business.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.insurance.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.land.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.civil-status.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
})
class UpstreamFaultMatrixIT extends AbstractEveryRegisterIT {

    private static final Duration MATRIX_DEADLINE = Duration.ofMillis(FaultMatrixTimings.DEADLINE_MILLIS);
    private static final Duration ASKED_RETRY_AFTER = Duration.ofSeconds(FaultMatrixTimings.ASKED_RETRY_AFTER_SECONDS);
    private static final int BURST = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CELLS = new AtomicInteger();
    private static final AtomicInteger TOKENS = new AtomicInteger(100);

    @Autowired
    private MeterRegistry meters;
    private UpstreamPools pools;

    private final List<Runnable> stubsToRemove = new ArrayList<>();

    static Stream<Arguments> everyCell() {
        return everyRegister().flatMap(register -> Stream.of(UpstreamFault.values())
                .map(fault -> Arguments.of(register, fault)));
    }

    /** The random delay is left out: which side of the deadline it falls decides, and the others cover both. */
    static Stream<Arguments> everyCellWhereAStaleCopyMayServe() {
        return everyCell().filter(cell -> {
            UpstreamFault fault = (UpstreamFault) cell.get()[1];
            return fault.staleMayServe() && fault.answer() != CallerAnswer.RECORD_OR_TIMEOUT;
        });
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyCell")
    void answersTheCallerAsTheContractSaysWithinTheDeadlineAndCountsOnlyFailures(Register register,
                                                                               UpstreamFault fault) {
        String record = newRecord(register);
        misbehave(register, record, fault);
        int failedBefore = failedCalls(register);

        GatewayAnswer answer = lookUp(register, record);

        assertAnswer(register, fault.answer(), answer);
        assertThat(answer.elapsed()).as("answer time").isLessThan(MATRIX_DEADLINE.plus(DEADLINE_MARGIN));
        boolean failed = answer.status() != 200;
        assertThat(failedCalls(register) > failedBefore).as("counted against the breaker")
                .isEqualTo(fault.countsAgainstTheBreaker() && failed);
        assertCallsAsThePolicyAllows(register, record, fault);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyCellWhereAStaleCopyMayServe")
    void answersTheStaleCopyWhenTheRegisterMisbehavesAfterTheCopyExpired(Register register, UpstreamFault fault)
            throws InterruptedException, JsonProcessingException {
        String record = newRecord(register);
        stub(register, register.serviceCall(record).atPriority(5).willReturn(NativeRecord.foundIn(register, record).answer()));
        GatewayAnswer fresh = lookUp(register, record).assertRecord(register.system(), "MISS");
        letTheCopyExpire();
        misbehave(register, record, fault);

        GatewayAnswer stale = lookUp(register, record);

        stale.assertRecord(register.system(), "STALE").assertBodyEquals(canonicalAbout(register, record));
        assertThat(stale.header("X-Retrieved-At")).isEqualTo(fresh.header("X-Retrieved-At"));
        assertThat(stale.elapsed()).as("answer time").isLessThan(MATRIX_DEADLINE.plus(DEADLINE_MARGIN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void fetchesOneNewTokenForABurstOfLookupsWhoseTokenTheRegisterRefuses(Register register) throws Exception {
        lookUp(register, register.notFound()).assertProblem(404, "NOT_FOUND");
        String newToken = register.token(TOKENS.incrementAndGet());
        stub(register, register.tokenRequest().atPriority(1).willReturn(okJson(
                "{\"access_token\": \"" + newToken + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
        List<String> records = IntStream.range(0, BURST).mapToObj(i -> newRecord(register)).toList();
        for (String record : records) {
            stub(register, register.serviceCall(record).atPriority(2).willReturn(aResponse().withStatus(401)));
            stub(register, register.serviceCall(record).withHeader("Authorization", equalTo("Bearer " + newToken))
                    .atPriority(1).willReturn(NativeRecord.foundIn(register, record).answer()));
        }
        upstream(register).resetRequests();

        List<GatewayAnswer> answers = allAtOnce(register, records);

        answers.forEach(answer -> answer.assertRecord(register.system(), "MISS"));
        assertThat(upstream(register).findAll(register.tokenCalls())).as("token requests").hasSize(1);
    }

    @BeforeEach
    void watchTheUpstreamPools() {
        pools = new UpstreamPools(meters, everyRegister().map(Register::system).toList());
    }

    @AfterEach
    void leavesNoUpstreamWorkerBusyAndNoThreadsPilingUp() {
        stubsToRemove.forEach(Runnable::run);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(pools.activeCalls()).as("upstream calls still in flight").isZero());
        assertThat(pools.liveThreadsAboveTheFirstCell())
                .as(() -> "threads added since the matrix began: " + UpstreamPools.liveThreadsByName())
                .isLessThanOrEqualTo(UpstreamPools.THREAD_GROWTH_BOUND);
    }

    /** The found record's canonical twin, about this record instead, as {@link NativeRecord#foundIn} answers it. */
    private static JsonNode canonicalAbout(Register register, String record) throws JsonProcessingException {
        return JSON.readTree(register.canonical(register.found()).toString().replace(register.found(), record));
    }

    private String newRecord(Register register) {
        return register.unusedIdentifier(CELLS.incrementAndGet());
    }

    /** The register misbehaves for this record; a token endpoint's fault needs a new token first, so the call is refused. */
    private void misbehave(Register register, String record, UpstreamFault fault) {
        upstream(register).resetRequests();
        if (fault.atTokenEndpoint()) {
            stub(register, register.serviceCall(record).atPriority(1).willReturn(aResponse().withStatus(401)));
            stub(register, register.tokenRequest().atPriority(1).willReturn(fault.instead(NativeRecord.foundIn(register, record))));
        } else {
            stub(register, register.serviceCall(record).atPriority(1).willReturn(fault.instead(NativeRecord.foundIn(register, record))));
        }
    }

    private void stub(Register register, MappingBuilder stub) {
        WireMockServer server = upstream(register);
        var mapping = server.stubFor(stub);
        stubsToRemove.add(() -> server.removeStub(mapping));
    }

    /**
     * Unavailable: every attempt the retry policy allows (of the token endpoint, when it is the one down);
     * anything else: one call. A call answered past the deadline may not be in the journal yet: not counted.
     */
    private void assertCallsAsThePolicyAllows(Register register, String record, UpstreamFault fault) {
        if (fault.answer() == CallerAnswer.TIMEOUT || fault.answer() == CallerAnswer.RECORD_OR_TIMEOUT) {
            return;
        }
        int expected = fault.answer() == CallerAnswer.UNAVAILABLE ? MAX_ATTEMPTS : 1;
        int calls = fault.atTokenEndpoint() ? upstream(register).findAll(register.tokenCalls()).size()
                : serviceCallsFor(register, record);
        assertThat(calls).as("calls to the register").isEqualTo(expected);
    }

    private int failedCalls(Register register) {
        return circuitBreakers.circuitBreaker(register.system()).getMetrics().getNumberOfFailedCalls();
    }

    private void assertAnswer(Register register, CallerAnswer expected, GatewayAnswer answer) {
        switch (expected) {
            case RECORD -> answer.assertRecord(register.system(), "MISS");
            case UPSTREAM_ERROR -> answer.assertProblem(502, "UPSTREAM_ERROR");
            case UNAVAILABLE -> answer.assertUnavailable(RETRY_AFTER);
            case UNAVAILABLE_AS_LONG_AS_ASKED -> answer.assertUnavailable(ASKED_RETRY_AFTER);
            case TIMEOUT -> answer.assertProblem(504, "UPSTREAM_TIMEOUT");
            case RECORD_OR_TIMEOUT -> {
                if (answer.status() == 200) {
                    answer.assertRecord(register.system(), "MISS");
                } else {
                    answer.assertProblem(504, "UPSTREAM_TIMEOUT");
                }
            }
        }
    }

    private List<GatewayAnswer> allAtOnce(Register register, List<String> records) {
        ExecutorService callers = Executors.newFixedThreadPool(records.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<GatewayAnswer>> answers = records.stream()
                    .map(record -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return lookUp(register, record);
                    }, callers))
                    .toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
