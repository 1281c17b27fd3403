package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ScanOptions;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.TcpProxy;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The production profile with its Redis cut in the middle of the run (at a proxy, the shared Redis untouched):
 * lookups keep answering, from the near cache or the register, without a 5xx and without stalling on Redis
 * (its breaker opens); health says the shared cache is down while readiness holds; Redis back, the shared
 * cache is used again: a record fetched then is in Redis.
 */
@Requires({Service.POSTGRES, Service.REDIS})
class RedisCutMidRunIT {

    private static final String BEFORE = "001305885451";
    private static final String DURING = "001051409167";
    private static final String AFTER = "001066246367";
    /** A lookup during the cut: at most one Redis timeout (2 s in the test settings) and an upstream call. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(8);

    private static TcpProxy redis;
    private static ProductionGateway gateway;
    private static TestRedis inspector;
    private static int port;

    @BeforeAll
    static void startThroughAProxy() {
        redis = new TcpProxy(LocalServices.REDIS_HOST, LocalServices.REDIS_PORT);
        gateway = new ProductionGateway(BEFORE, DURING, AFTER);
        port = gateway.start(Map.of("spring.data.redis.port", String.valueOf(redis.port())));
        inspector = new TestRedis(LocalServices.REDIS_HOST, LocalServices.REDIS_PORT);
    }

    @AfterAll
    static void stop() {
        try {
            gateway.close();
            TestRedis.deleteAll(inspector.template, gateway.keyPrefix);
        } finally {
            inspector.disconnect();
            redis.close();
        }
    }

    @Test
    void lookupsKeepAnsweringWhileRedisIsCutAndUseItAgainOnceItIsBack() {
        assertThat(lookup(BEFORE).headers().firstValue("X-Cache")).contains("MISS");
        await().atMost(Duration.ofSeconds(10)).until(() -> sharedKeys() >= 1);

        redis.cut();
        for (int round = 0; round < 5; round++) {
            assertThat(lookup(DURING).statusCode()).isEqualTo(200);
            assertThat(lookup(BEFORE).statusCode()).isEqualTo(200);
        }
        assertThat(gateway.register.lookupsOf(DURING)).as("kept in the near cache meanwhile").isLessThan(5);
        JsonNode lookupCache = await().atMost(Duration.ofSeconds(15)).until(() -> health().path("lookupCache"),
                component -> component.path("status").asText().equals("DOWN"));
        assertThat(lookupCache.path("details").path("serving").asText()).isEqualTo("from the near cache and the upstreams");
        assertThat(ProductionGateway.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        redis.restore();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> health().path("lookupCache").path("status").asText().equals("UP"));
        long keysBefore = sharedKeys();
        assertThat(lookup(AFTER).headers().firstValue("X-Cache")).contains("MISS");
        AtomicLong keys = new AtomicLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            keys.set(sharedKeys());
            return keys.get() > keysBefore;
        });
        assertThat(keys.get()).as("the record fetched after Redis came back is in Redis").isEqualTo(keysBefore + 1);
    }

    private static HttpResponse<String> lookup(String personalId) {
        long started = System.nanoTime();
        HttpResponse<String> answer = ProductionGateway.get(port, "/api/v1/citizens/" + personalId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no stall on Redis").isLessThan(ANSWER_BOUND);
        return answer;
    }

    private static JsonNode health() {
        return GatewayHttp.json(ProductionGateway.get(port, "/actuator/health")).path("components");
    }

    private static long sharedKeys() {
        long count = 0;
        try (var keys = inspector.template.scan(ScanOptions.scanOptions().match(gateway.keyPrefix + "*").count(1000).build())) {
            while (keys.hasNext()) {
                keys.next();
                count++;
            }
        }
        return count;
    }
}
