package vn.hanoi.gateway.contract.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.insurance.InsuranceRegister.INSURANCE;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.AbstractRegisterContractIT;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.Scenario;

/**
 * Each scenario of the social insurance register's contract, and the exact answer the caller gets. The
 * register answers HTTP 200 whatever happened: its in-band {@code maLoi} decides.
 */
class InsuranceContractIT extends AbstractRegisterContractIT {

    @Override
    protected Register register() {
        return INSURANCE;
    }

    @Override
    protected Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.notFound("record-not-found-ma-loi-1", InsuranceRegister.NOT_FOUND),
                Scenario.upstreamError("invalid-request-ma-loi-2", InsuranceRegister.INVALID_REQUEST),
                Scenario.unavailable("system-error-ma-loi-9", InsuranceRegister.SYSTEM_ERROR),
                Scenario.upstreamError("unknown-ma-loi-7", InsuranceRegister.UNKNOWN_MA_LOI),
                Scenario.upstreamError("success-without-du-lieu", InsuranceRegister.SUCCESS_WITHOUT_RECORD),
                Scenario.unavailable("http-500 (an HTML page)", InsuranceRegister.HTTP_500),
                Scenario.unavailable("connection-reset", InsuranceRegister.CONNECTION_RESET),
                Scenario.upstreamError("malformed-json", InsuranceRegister.MALFORMED_JSON),
                Scenario.timeout("slow-past-deadline", InsuranceRegister.SLOW),
                Scenario.timeout("slow-body-past-deadline (headers at once, the body trickling)",
                        InsuranceRegister.SLOW_BODY));
    }

    /** Every fixture record that no stub file serves by personal id. */
    static Stream<String> fixturesByPersonalId() {
        return INSURANCE.fixtures().filter(code -> !code.equals(InsuranceRegister.FOUND_BY_PERSONAL_ID_RECORD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesByPersonalId")
    void answersEveryFixtureRecordByItsPersonalIdAsItsCanonicalRecord(String insuranceCode) {
        String personalId = InsuranceRegister.personalIdOf(insuranceCode);

        assertAnswersFixtureStubbedAs(INSURANCE.personCall(personalId), INSURANCE.lookupByPersonPath(personalId),
                insuranceCode);
    }

    @Test
    void asksByPersonalIdForALookupByPersonalId() {
        assertAnswersCanonical(INSURANCE.lookupByPersonPath(InsuranceRegister.FOUND_BY_PERSONAL_ID),
                InsuranceRegister.FOUND_BY_PERSONAL_ID_RECORD, "MISS");

        upstream().verify(1, INSURANCE.personCallsFor(InsuranceRegister.FOUND_BY_PERSONAL_ID));
        assertThat(Register.everyRequest(upstream())).hasSize(1);
    }

    @Test
    void answers404WhenTheRegisterHoldsNoOneWithThatPersonalId() {
        assertNotFoundAfterOneCall(INSURANCE.lookupByPersonPath(InsuranceRegister.PERSON_NOT_FOUND),
                INSURANCE.personCallsFor(InsuranceRegister.PERSON_NOT_FOUND));
    }
}
