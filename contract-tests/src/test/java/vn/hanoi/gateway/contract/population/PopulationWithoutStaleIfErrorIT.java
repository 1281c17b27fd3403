package vn.hanoi.gateway.contract.population;

import static vn.hanoi.gateway.contract.population.PopulationRegister.FOUND;
import static vn.hanoi.gateway.contract.population.PopulationRegister.SYSTEM;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With stale-if-error off, an expired copy never answers: the register's failure reaches the caller. */
@TestPropertySource(properties = {
        "gateway.connectors.population.cache.ttl=" + PopulationStaleIfErrorIT.TTL_MILLIS + "ms",
        "gateway.connectors.population.cache.stale-if-error=false",
})
class PopulationWithoutStaleIfErrorIT extends AbstractPopulationIT {

    @Test
    void answers503WhenTheRegisterFailsAfterTheCopyExpired() throws InterruptedException {
        lookUp(FOUND).assertRecord(SYSTEM, "MISS");
        Thread.sleep(PopulationStaleIfErrorIT.TTL_MILLIS + 100);
        PopulationRegister.startFailingFor(register, FOUND);

        lookUp(FOUND).assertUnavailable(RETRY_AFTER);
    }
}
