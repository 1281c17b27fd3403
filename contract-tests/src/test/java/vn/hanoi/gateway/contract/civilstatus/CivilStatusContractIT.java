package vn.hanoi.gateway.contract.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.civilstatus.CivilStatusRegister.CIVIL_STATUS;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.AbstractRegisterContractIT;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.Scenario;

/**
 * Each scenario of the civil-status register's contract, and the exact answer the caller gets. The register
 * answers HTTP 200 whatever happened: its in-band {@code trangThai} decides ({@code 99} is retried like a 5xx).
 */
class CivilStatusContractIT extends AbstractRegisterContractIT {

    @Override
    protected Register register() {
        return CIVIL_STATUS;
    }

    @Override
    protected Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.upstreamError("invalid-request-02", CivilStatusRegister.INVALID_REQUEST),
                Scenario.unavailable("register-error-99", CivilStatusRegister.REGISTER_ERROR),
                Scenario.upstreamError("unknown-trang-thai-07", CivilStatusRegister.UNKNOWN_TRANG_THAI),
                Scenario.upstreamError("success-without-du-lieu", CivilStatusRegister.SUCCESS_WITHOUT_RECORD),
                Scenario.upstreamError("marriage-about-someone-else", CivilStatusRegister.ABOUT_SOMEONE_ELSE),
                Scenario.unavailable("http-500 (an HTML page)", CivilStatusRegister.HTTP_500),
                Scenario.unavailable("connection-reset", CivilStatusRegister.CONNECTION_RESET),
                Scenario.upstreamError("malformed-json", CivilStatusRegister.MALFORMED_JSON),
                Scenario.timeout("slow-past-deadline", CivilStatusRegister.SLOW),
                Scenario.timeout("slow-body-past-deadline (headers at once, the body trickling)",
                        CivilStatusRegister.SLOW_BODY));
    }

    static Stream<String> notRegistered() {
        return CivilStatusRegister.notRegistered();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRegistered")
    void answers404ForEveryCitizenTheRegisterDoesNotHold(String personalId) {
        assertNotFoundAfterOneCall(CIVIL_STATUS.lookupPath(personalId), CIVIL_STATUS.serviceCallsFor(personalId));
    }

    @Test
    void answers503AtOnceWithTheRegistersRetryAfterWhenItIsBeyondTheDeadline() {
        lookUp(CivilStatusRegister.THROTTLED)
                .assertUnavailable(Duration.ofSeconds(CivilStatusRegister.THROTTLED_RETRY_AFTER_SECONDS));

        assertThat(serviceCallsFor(CivilStatusRegister.THROTTLED)).as("no retry before Retry-After").isEqualTo(1);
    }

    @Test
    void refusesAMalformedPersonalIdWithoutAskingTheRegister() {
        lookUp("00106624636").assertProblem(400, "VALIDATION_FAILED");

        assertThat(Register.everyRequest(upstream())).isEmpty();
    }
}
