package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/** Two instances of the production profile on the same PostgreSQL and Redis, behind no balancer: the test is the balancer. */
@Requires({Service.POSTGRES, Service.REDIS})
class TwoInstancesShareTheLookupCacheIT {

    private static final String CITIZEN = "001305885451";
    private static ProductionGateway gateway;
    private static int first;
    private static int second;

    @BeforeAll
    static void startTwoInstances() {
        gateway = new ProductionGateway(CITIZEN);
        first = gateway.start(Map.of());
        second = gateway.start(Map.of());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aRecordFetchedThroughOneInstanceIsACacheHitThroughTheOther() {
        HttpResponse<String> throughFirst = ProductionGateway.get(first, "/api/v1/citizens/" + CITIZEN);
        HttpResponse<String> throughSecond = ProductionGateway.get(second, "/api/v1/citizens/" + CITIZEN);

        assertThat(throughFirst.statusCode()).isEqualTo(200);
        assertThat(throughFirst.headers().firstValue("X-Cache")).contains("MISS");
        assertThat(throughSecond.statusCode()).isEqualTo(200);
        assertThat(throughSecond.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(throughSecond.body()).isEqualTo(throughFirst.body());
        assertThat(throughSecond.headers().firstValue("X-Retrieved-At")).isEqualTo(throughFirst.headers().firstValue("X-Retrieved-At"));
        assertThat(gateway.register.lookupsOf(CITIZEN)).isEqualTo(1);
    }

    @Test
    void bothInstancesAreReadyAndTheirSharedCacheIsUp() {
        for (int port : new int[] {first, second}) {
            assertThat(ProductionGateway.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(ProductionGateway.get(port, "/actuator/health").body())
                    .contains("\"lookupCache\":{\"status\":\"UP\"");
        }
    }
}
