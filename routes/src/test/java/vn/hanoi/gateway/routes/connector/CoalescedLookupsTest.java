package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent misses for one record through the lookup route: one upstream call, every caller answered. */
class CoalescedLookupsTest {

    private static final int CALLERS = 200;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ConnectorProperties properties = TestConnectors.properties();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger upstreamCalls = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<FailureKind> failWith = new AtomicReference<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startRoutes() throws Exception {
        properties.getRetry().setMaxAttempts(1);
        properties.setDeadline(WAIT);
        properties.setAttemptTimeout(WAIT);
        Upstream<String> upstream = (request, deadline, timeout) -> {
            upstreamCalls.incrementAndGet();
            awaitRelease();
            if (failWith.get() != null) {
                throw new UpstreamException(TestConnectors.SYSTEM, failWith.get(), "test");
            }
            return "native:" + request.key();
        };
        LookupSteps<String> steps = new LookupSteps<>(TestConnectors.connector(properties, meters), "lookup", upstream,
                n -> "canonical(" + n + ")", RecordIdentity.NOT_CHECKED,
                new CaffeineLookupCache(100), new CacheKeys(new byte[16]), Clock.systemUTC());
        camel = TestConnectors.routes(steps);
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
        camel.stop();
    }

    @Test
    void twoHundredConcurrentMissesForOneRecordMakeOneUpstreamCall() throws Exception {
        List<Future<Exchange>> answers = lookUpConcurrently("001305885451");
        awaitFollowers(CALLERS - 1);
        release.countDown();

        for (Future<Exchange> answer : answers) {
            Exchange exchange = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            LookupResult result = exchange.getMessage().getBody(LookupResult.class);
            assertThat(result.record()).isEqualTo("canonical(native:001305885451)");
            assertThat(result.cache()).isEqualTo(CacheState.MISS);
        }
        assertThat(upstreamCalls).hasValue(1);
    }

    @Test
    void everyWaitingCallerGetsTheLeadersFailure() throws Exception {
        failWith.set(FailureKind.SERVER_ERROR);
        properties.getCache().setStaleIfError(false);
        List<Future<Exchange>> answers = lookUpConcurrently("001305885451");
        awaitFollowers(CALLERS - 1);
        release.countDown();

        for (Future<Exchange> answer : answers) {
            assertThat(answer.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException())
                    .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR));
        }
        assertThat(upstreamCalls).hasValue(1);
    }

    @Test
    void aWaitingCallerGivesUpAtItsOwnDeadline() throws Exception {
        Future<Exchange> leader = callers.submit(() -> lookup("001305885451"));
        awaitUpstreamCalls(1);
        properties.setDeadline(Duration.ofMillis(100));
        long start = System.nanoTime();

        Exchange follower = lookup("001305885451");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(follower.getException()).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
        release.countDown();
        assertThat(leader.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException()).isNull();
        assertThat(upstreamCalls).hasValue(1);
    }

    @Test
    void missesForDifferentRecordsAreNotCoalesced() throws Exception {
        release.countDown();
        lookup("001305885451");
        lookup("001051409167");

        assertThat(upstreamCalls).hasValue(2);
    }

    private List<Future<Exchange>> lookUpConcurrently(String key) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Exchange>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(callers.submit(() -> {
                start.await();
                return lookup(key);
            }));
        }
        start.countDown();
        return answers;
    }

    private Exchange lookup(String key) {
        LookupRequest request = new LookupRequest(key, "corr", "officer", null);
        return producer.send(LookupRoutes.endpoint(TestConnectors.SYSTEM, "lookup"),
                exchange -> exchange.getMessage().setBody(request));
    }

    private void awaitFollowers(int followers) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (coalesced() < followers && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(coalesced()).isEqualTo(followers);
    }

    private void awaitUpstreamCalls(int calls) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (upstreamCalls.get() < calls && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    private double coalesced() {
        Counter counter = meters.find("gateway.connector.coalesced").counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitRelease() {
        try {
            release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
