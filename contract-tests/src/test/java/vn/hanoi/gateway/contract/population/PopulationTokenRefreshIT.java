package vn.hanoi.gateway.contract.population;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.population.PopulationRegister.SYSTEM;
import static vn.hanoi.gateway.contract.population.PopulationRegister.TOKEN_EXPIRED_MIDWAY;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.Fixtures;

/**
 * The register refuses a token before its stated lifetime ({@code token-expired-midway}): the gateway
 * fetches a new one once and repeats the call. A gateway of its own (the default timings, so it needs no
 * warm-up), holding no token yet, so that every token request is counted.
 */
@TestPropertySource(properties = {
        "gateway.connectors.population.deadline=5s",
        "gateway.connectors.population.attempt-timeout=3s",
})
class PopulationTokenRefreshIT extends AbstractPopulationIT {

    @Override
    boolean warmsUpFirst() {
        return false;
    }

    @Test
    void fetchesANewTokenOnceAndRepeatsTheCallWhenTheRegisterRefusesTheFirst() {
        lookUp(TOKEN_EXPIRED_MIDWAY)
                .assertRecord(SYSTEM, "MISS")
                .assertBodyEquals(Fixtures.json("population/canonical/" + TOKEN_EXPIRED_MIDWAY + ".json"));

        assertThat(register.findAll(PopulationRegister.tokenCalls())).hasSize(2);
        register.verify(1, PopulationRegister.serviceCallsFor(TOKEN_EXPIRED_MIDWAY)
                .withHeader("Authorization", equalTo("Bearer population-token-1")));
        register.verify(1, PopulationRegister.serviceCallsFor(TOKEN_EXPIRED_MIDWAY)
                .withHeader("Authorization", equalTo("Bearer population-token-2")));
    }
}
