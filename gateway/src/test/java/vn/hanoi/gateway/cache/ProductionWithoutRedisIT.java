package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/** The production profile with its Redis gone: lookups are served from the upstream and the near cache, health says so, readiness holds. */
@Requires(Service.POSTGRES)
class ProductionWithoutRedisIT {

    private static final String CITIZEN = "001051409167";
    private static ProductionGateway gateway;
    private static int port;

    @BeforeAll
    static void startWithoutRedis() {
        gateway = new ProductionGateway(CITIZEN);
        port = gateway.start(Map.of("spring.data.redis.port", String.valueOf(TestRedis.nowhere())));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void keepsAnsweringLookupsFromTheUpstreamThenFromTheNearCache() {
        HttpResponse<String> first = ProductionGateway.get(port, "/api/v1/citizens/" + CITIZEN);
        HttpResponse<String> second = ProductionGateway.get(port, "/api/v1/citizens/" + CITIZEN);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Cache")).contains("MISS");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(gateway.register.lookupsOf(CITIZEN)).isEqualTo(1);
    }

    @Test
    void saysTheSharedCacheIsDownWithoutLeavingRotation() {
        HttpResponse<String> readiness = ProductionGateway.get(port, "/actuator/health/readiness");
        JsonNode health = GatewayHttp.json(ProductionGateway.get(port, "/actuator/health"));

        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode lookupCache = health.path("components").path("lookupCache");
        assertThat(lookupCache.path("status").asText()).isEqualTo("DOWN");
        assertThat(lookupCache.path("details").path("serving").asText()).isEqualTo("from the near cache and the upstreams");
    }
}
