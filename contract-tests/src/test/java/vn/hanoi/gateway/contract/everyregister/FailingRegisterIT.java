package vn.hanoi.gateway.contract.everyregister;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.Register;

/**
 * A register that fails, and no stale copy may answer instead (stale-if-error off): its failure reaches the caller, and when it keeps failing its connector's breaker opens; from
 * then on the caller gets 503 at once, with {@code Retry-After} the rest of the breaker's open time, and the register is left alone. A small
 * window, one attempt per lookup.
 */
@TestPropertySource(properties = {
        "gateway.connector-defaults.cache.stale-if-error=false",
        "gateway.connector-defaults.retry.max-attempts=1",
        "gateway.connector-defaults.circuit-breaker.sliding-window-size=" + FailingRegisterIT.WINDOW,
        "gateway.connector-defaults.circuit-breaker.minimum-number-of-calls=" + FailingRegisterIT.WINDOW,
        "gateway.connector-defaults.circuit-breaker.failure-rate-threshold=50",
        "gateway.connector-defaults.circuit-breaker.wait-duration-in-open-state=" + FailingRegisterIT.OPEN_SECONDS + "s",
})
class FailingRegisterIT extends AbstractEveryRegisterIT {

    static final int WINDOW = 4;
    static final long OPEN_SECONDS = 20;

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void answers503WhenTheRegisterFailsAfterTheCopyExpired(Register register) throws InterruptedException {
        lookUp(register, register.found()).assertRecord(register.system(), "MISS");
        letTheCopyExpire();
        register.startFailingFor(upstream(register), register.found());

        lookUp(register, register.found()).assertUnavailable(RETRY_AFTER);

        assertThat(serviceCallsFor(register, register.found())).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void opensAfterRepeatedFailuresThenAnswers503WithRetryAfterWithoutCallingTheRegister(Register register) {
        for (int call = 0; call < WINDOW; call++) {
            lookUp(register, register.serverError()).assertUnavailable(RETRY_AFTER);
        }
        assertThat(serviceCallsFor(register, register.serverError())).isEqualTo(WINDOW);
        assertThat(circuitBreakers.circuitBreaker(register.system()).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        upstream(register).resetRequests();

        GatewayAnswer refused = lookUp(register, register.notFound()).assertProblem(503, "UPSTREAM_UNAVAILABLE");

        assertThat(Long.parseLong(refused.header("Retry-After"))).as("Retry-After: the rest of the open time")
                .isBetween(1L, OPEN_SECONDS);

        assertThat(Register.everyRequest(upstream(register))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void doesNotCountNotFoundAgainstTheRegister(Register register) {
        for (int call = 0; call < WINDOW * 2; call++) {
            lookUp(register, register.notFound()).assertProblem(404, "NOT_FOUND");
        }

        assertThat(circuitBreakers.circuitBreaker(register.system()).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(serviceCallsFor(register, register.notFound())).isEqualTo(WINDOW * 2);
    }
}
