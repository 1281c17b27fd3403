package vn.hanoi.gateway.contract.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A register that keeps failing opens the population breaker: from then on the caller gets 503 with
 * {@code Retry-After} at once, and the register is left alone. A small window, one attempt per lookup.
 */
@TestPropertySource(properties = {
        "gateway.connectors.population.retry.max-attempts=1",
        "gateway.connectors.population.circuit-breaker.sliding-window-size=" + PopulationCircuitBreakerIT.WINDOW,
        "gateway.connectors.population.circuit-breaker.minimum-number-of-calls=" + PopulationCircuitBreakerIT.WINDOW,
        "gateway.connectors.population.circuit-breaker.failure-rate-threshold=50",
        "gateway.connectors.population.circuit-breaker.wait-duration-in-open-state="
                + PopulationCircuitBreakerIT.OPEN_SECONDS + "s",
})
class PopulationCircuitBreakerIT extends AbstractPopulationIT {

    static final int WINDOW = 4;
    static final long OPEN_SECONDS = 20;

    @Test
    void opensAfterRepeatedFailuresThenAnswers503WithRetryAfterWithoutCallingTheRegister() {
        for (int call = 0; call < WINDOW; call++) {
            lookUp(PopulationRegister.HTTP_500).assertUnavailable(RETRY_AFTER);
        }
        assertThat(serviceCallsFor(PopulationRegister.HTTP_500)).isEqualTo(WINDOW);
        assertThat(circuitBreakers.circuitBreaker(PopulationRegister.SYSTEM).getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        register.resetRequests();

        lookUp(PopulationRegister.FOUND).assertUnavailable(Duration.ofSeconds(OPEN_SECONDS));

        assertThat(PopulationRegister.everyRequest(register)).isEmpty();
    }

    @Test
    void doesNotCountNotFoundAgainstTheRegister() {
        for (int call = 0; call < WINDOW * 2; call++) {
            lookUp(PopulationRegister.NOT_FOUND).assertProblem(404, "NOT_FOUND");
        }

        assertThat(circuitBreakers.circuitBreaker(PopulationRegister.SYSTEM).getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(serviceCallsFor(PopulationRegister.NOT_FOUND)).isEqualTo(WINDOW * 2);
    }
}
