package vn.hanoi.gateway.contract.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.population.PopulationRegister.FOUND;
import static vn.hanoi.gateway.contract.population.PopulationRegister.SYSTEM;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.Fixtures;
import vn.hanoi.gateway.contract.GatewayAnswer;

/**
 * With stale-if-error on, a copy past its freshness time still answers while the register fails:
 * 200 {@code X-Cache: STALE}, the old record and when it was retrieved. A freshness time of a blink.
 */
@TestPropertySource(properties = {
        "gateway.connectors.population.cache.ttl=" + PopulationStaleIfErrorIT.TTL_MILLIS + "ms",
        "gateway.connectors.population.cache.stale-if-error=true",
})
class PopulationStaleIfErrorIT extends AbstractPopulationIT {

    static final long TTL_MILLIS = 200;

    @Test
    void answersTheStaleCopyWhenTheRegisterFailsAfterTheCopyExpired() throws InterruptedException {
        GatewayAnswer fresh = lookUp(FOUND).assertRecord(SYSTEM, "MISS");
        Thread.sleep(TTL_MILLIS + 100);
        PopulationRegister.startFailingFor(register, FOUND);

        GatewayAnswer stale = lookUp(FOUND)
                .assertRecord(SYSTEM, "STALE")
                .assertBodyEquals(Fixtures.json("population/canonical/" + FOUND + ".json"));

        assertThat(stale.header("X-Retrieved-At")).isEqualTo(fresh.header("X-Retrieved-At"));
        assertThat(serviceCallsFor(FOUND)).isEqualTo(1 + MAX_ATTEMPTS);
    }
}
