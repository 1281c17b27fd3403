package vn.hanoi.gateway.contract.everyregister;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.Register;

/**
 * With stale-if-error on, a copy past its freshness time still answers while the register fails:
 * 200 {@code X-Cache: STALE}, the old record and when it was retrieved.
 */
@TestPropertySource(properties = {
        "gateway.connector-defaults.cache.stale-if-error=true",
})
class StaleIfErrorIT extends AbstractEveryRegisterIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void answersTheStaleCopyWhenTheRegisterFailsAfterTheCopyExpired(Register register) throws InterruptedException {
        String found = register.found();
        GatewayAnswer fresh = lookUp(register, found).assertRecord(register.system(), "MISS");
        letTheCopyExpire();
        register.startFailingFor(upstream(register), found);

        GatewayAnswer stale = lookUp(register, found)
                .assertRecord(register.system(), "STALE")
                .assertBodyEquals(register.canonical(found));

        assertThat(stale.header("X-Retrieved-At")).isEqualTo(fresh.header("X-Retrieved-At"));
        assertThat(serviceCallsFor(register, found)).isEqualTo(1 + MAX_ATTEMPTS);
    }
}
