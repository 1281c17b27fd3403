package vn.hanoi.gateway.contract.everyregister;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.land.LandRegister;

/**
 * A register that answers a lookup with another record than the one asked (a mixed-up answer): the caller
 * gets 502 {@code UPSTREAM_ERROR} and none of that record, the gateway keeps nothing of it (the next lookup
 * asks again), and the breaker counts it. The land register is not held to it: a parcel asked by a
 * pre-2025 commune is answered under its current one ({@code RecordIdentity.NOT_CHECKED}, docs/reliability.md).
 */
class AnswerAboutAnotherRecordIT extends AbstractEveryRegisterIT {

    private static final int ASKED = 850;

    static Stream<Register> registersWhoseAnswersNameTheKeyAsked() {
        return everyRegister().filter(register -> register != LandRegister.LAND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registersWhoseAnswersNameTheKeyAsked")
    void refusesARecordAboutSomeoneElseKeepsNothingAndCountsIt(Register register) {
        String asked = register.unusedIdentifier(ASKED);
        upstream(register).stubFor(register.serviceCall(asked).willReturn(register.fixtureAnswer(register.found())));
        CircuitBreaker breaker = circuitBreakers.circuitBreaker(register.system());
        long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();

        String first = lookUp(register, asked).assertProblem(502, "UPSTREAM_ERROR").body().toString();
        lookUp(register, asked).assertProblem(502, "UPSTREAM_ERROR");

        assertThat(first).doesNotContain(register.found());
        assertThat(serviceCallsFor(register, asked)).as("asked again: nothing was kept").isEqualTo(2);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore + 2);
    }
}
