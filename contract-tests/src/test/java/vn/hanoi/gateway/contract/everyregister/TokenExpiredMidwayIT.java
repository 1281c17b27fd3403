package vn.hanoi.gateway.contract.everyregister;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.Register;

/**
 * The register refuses a token before its stated lifetime ({@code token-expired-midway}): the gateway
 * fetches a new one once and repeats the call. A gateway of its own, holding no token yet, so that every
 * token request is counted: each register's case is the only lookup its connector makes. Its timings are
 * generous, so it needs no warm-up (which would fetch the tokens).
 */
@TestPropertySource(properties = {
        "gateway.connector-defaults.attempt-timeout=8s",
        "gateway.connectors.population.deadline=10s",
        "gateway.connectors.business.deadline=10s",
        "gateway.connectors.insurance.deadline=10s",
        "gateway.connectors.land.deadline=10s",
})
class TokenExpiredMidwayIT extends AbstractEveryRegisterIT {

    @Override
    protected boolean warmsUpFirst() {
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void fetchesANewTokenOnceAndRepeatsTheCallWhenTheRegisterRefusesTheFirst(Register register) {
        String record = register.tokenExpiredMidway();

        lookUp(register, record).assertRecord(register.system(), "MISS").assertBodyEquals(register.canonical(record));

        assertThat(upstream(register).findAll(register.tokenCalls())).hasSize(2);
        upstream(register).verify(1, register.serviceCallsFor(record)
                .withHeader("Authorization", equalTo("Bearer " + register.token(1))));
        upstream(register).verify(1, register.serviceCallsFor(record)
                .withHeader("Authorization", equalTo("Bearer " + register.token(2))));
    }
}
