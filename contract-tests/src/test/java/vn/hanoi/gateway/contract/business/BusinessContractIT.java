package vn.hanoi.gateway.contract.business;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.business.BusinessRegister.BUSINESS;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.contract.AbstractRegisterContractIT;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.Scenario;

/** Each scenario of the business register's contract, and the exact answer the caller gets. */
class BusinessContractIT extends AbstractRegisterContractIT {

    @Override
    protected Register register() {
        return BUSINESS;
    }

    @Override
    protected Duration deadline() {
        return BUSINESS_DEADLINE;
    }

    @Override
    protected Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.notFound("enterprise-not-found-404", BusinessRegister.NOT_FOUND),
                Scenario.unavailable("http-500", BusinessRegister.HTTP_500),
                Scenario.unavailable("http-503-maintenance (an HTML page)", BusinessRegister.HTTP_503),
                Scenario.unavailable("connection-reset", BusinessRegister.CONNECTION_RESET),
                Scenario.upstreamError("malformed-json", BusinessRegister.MALFORMED_JSON),
                Scenario.timeout("slow-past-deadline", BusinessRegister.SLOW),
                Scenario.timeout("slow-body-past-deadline (headers at once, the body trickling)",
                        BusinessRegister.SLOW_BODY));
    }

    @Test
    void waitsTheRetryAfterOfA429WithinTheDeadlineThenAsksAgainAndAnswersTheRecord() {
        Duration retryAfter = Duration.ofSeconds(BusinessRegister.THROTTLED_ONCE_RETRY_AFTER_SECONDS);

        GatewayAnswer answer = assertAnswersCanonical(BUSINESS.lookupPath(BusinessRegister.THROTTLED_ONCE),
                BusinessRegister.THROTTLED_ONCE, "MISS");

        assertThat(answer.elapsed()).isGreaterThanOrEqualTo(retryAfter);
        List<LoggedRequest> calls = upstream().findAll(BUSINESS.serviceCallsFor(BusinessRegister.THROTTLED_ONCE));
        assertThat(calls).as("the throttled call and the one after Retry-After").hasSize(2);
        long apart = Math.abs(calls.get(0).getLoggedDate().getTime() - calls.get(1).getLoggedDate().getTime());
        assertThat(Duration.ofMillis(apart)).as("time between the two calls").isGreaterThanOrEqualTo(retryAfter);
    }

    @Test
    void answers503AtOnceWithTheRegistersRetryAfterWhenItIsBeyondTheDeadline() {
        GatewayAnswer answer = lookUp(BusinessRegister.THROTTLED_LONG)
                .assertUnavailable(Duration.ofSeconds(BusinessRegister.THROTTLED_LONG_RETRY_AFTER_SECONDS));

        assertThat(answer.elapsed()).as("no wait for a Retry-After past the deadline").isLessThan(BUSINESS_DEADLINE.dividedBy(2));
        assertThat(serviceCallsFor(BusinessRegister.THROTTLED_LONG)).as("no retry before Retry-After").isEqualTo(1);
    }

    @Test
    void asksForABranchWrittenEitherWayOnceWithTheDashAndAnswersTheSecondFromCache() {
        GatewayAnswer withDash = assertAnswersCanonical(BUSINESS.lookupPath(BusinessRegister.BRANCH),
                BusinessRegister.BRANCH, "MISS");
        GatewayAnswer withoutDash = assertAnswersCanonical(BUSINESS.lookupPath(BusinessRegister.BRANCH_WITHOUT_DASH),
                BusinessRegister.BRANCH, "HIT");

        assertThat(withoutDash.header("X-Retrieved-At")).isEqualTo(withDash.header("X-Retrieved-At"));
        assertThat(serviceCallsFor(BusinessRegister.BRANCH)).isEqualTo(1);
        assertThat(Register.everyRequest(upstream())).hasSize(1);
    }
}
