package vn.hanoi.gateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every register's contract test asserts, each against its own register ({@link #register()}):
 * every fixture record answered as its canonical twin (then from the cache), an answer read leniently,
 * the register's scenario table ({@link #scenarios()}), the correlation id travelling upstream and the
 * caller's key never. One instance per class, so that the parameter sources can ask the register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractRegisterContractIT extends AbstractContractIT {

    /** The register this class holds the gateway to. */
    protected abstract Register register();

    /** The register's scenario table: the identifier of each scenario and the answer the caller gets. */
    protected abstract Stream<Scenario> scenarios();

    /** The fixture records that no stub file serves: each is stubbed from its native file. */
    Stream<String> fixtures() {
        return register().fixturesNotServedByStubFiles();
    }

    /** The deadline of the register's connector in these tests. */
    protected Duration deadline() {
        return DEADLINE;
    }

    @Override
    protected final List<Register> registers() {
        return List.of(register());
    }

    @Test
    void answersAFoundRecordAsItsCanonicalRecordThenFromCacheWithoutAskingAgain() {
        String found = register().found();
        GatewayAnswer first = assertAnswersCanonical(register().lookupPath(found), found, "MISS");

        GatewayAnswer second = assertAnswersCanonical(register().lookupPath(found), found, "HIT");

        assertThat(second.header("X-Retrieved-At")).isEqualTo(first.header("X-Retrieved-At"));
        assertThat(serviceCallsFor(found)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answersEveryFixtureRecordAsItsCanonicalRecordFieldForField(String identifier) {
        assertAnswersFixtureStubbedAs(register().serviceCall(identifier), register().lookupPath(identifier), identifier);
    }

    @Test
    void readsAnAnswerWithUnknownFieldsEmptyValuesAndOtherSpellingsLeniently() {
        String lenient = register().foundLenient();

        assertAnswersCanonical(register().lookupPath(lenient), lenient, "MISS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void answersEachScenarioAsTheContractSays(Scenario scenario) {
        GatewayAnswer answer = lookUp(scenario.identifier());

        switch (scenario.answer()) {
            case NOT_FOUND -> answer.assertProblem(404, "NOT_FOUND");
            case UPSTREAM_ERROR -> answer.assertProblem(502, "UPSTREAM_ERROR");
            case UNAVAILABLE -> answer.assertUnavailable(RETRY_AFTER);
            case TIMEOUT -> {
                answer.assertProblem(504, "UPSTREAM_TIMEOUT");
                assertThat(answer.elapsed()).isLessThan(deadline().plus(DEADLINE_MARGIN));
            }
        }
        // A slow answer's request may not be in the journal yet; every other is, as often as the policy allows.
        if (scenario.answer() != Scenario.Answer.TIMEOUT) {
            int expectedCalls = scenario.answer() == Scenario.Answer.UNAVAILABLE ? MAX_ATTEMPTS : 1;
            assertThat(serviceCallsFor(scenario.identifier())).as("calls to the register").isEqualTo(expectedCalls);
        }
    }

    @Test
    void sendsTheCallersCorrelationIdUpstream() {
        String correlationId = GatewayCaller.newCorrelationId();

        get(register().lookupPath(register().notFound()), correlationId).assertProblem(404, "NOT_FOUND");

        upstream().verify(1, register().serviceCallsFor(register().notFound())
                .withHeader("X-Correlation-Id", equalTo(correlationId)));
    }

    @Test
    void neverForwardsTheCallersApiKeyUpstream() {
        lookUp(register().notFound()).assertProblem(404, "NOT_FOUND");

        assertThat(Register.everyRequest(upstream())).isNotEmpty()
                .noneMatch(request -> request.containsHeader(GatewayCaller.API_KEY_HEADER))
                .noneMatch(request -> request.getBodyAsString().contains(GatewayCaller.API_KEY));
    }

    /** {@code GET path}: 200 from the register, in that cache state, with the fixture record's canonical twin. */
    protected final GatewayAnswer assertAnswersCanonical(String path, String fixture, String cacheState) {
        return get(path, GatewayCaller.newCorrelationId())
                .assertRecord(register().system(), cacheState)
                .assertBodyEquals(register().canonical(fixture));
    }

    /** The register answers {@code call} with the fixture record's native file: {@code GET path} answers its twin. */
    protected final void assertAnswersFixtureStubbedAs(MappingBuilder call, String path, String fixture) {
        upstream().stubFor(call.willReturn(register().fixtureAnswer(fixture)));

        assertAnswersCanonical(path, fixture, "MISS");
    }

    /** {@code GET path}: 404 {@code NOT_FOUND}, the register asked once. */
    protected final void assertNotFoundAfterOneCall(String path, RequestPatternBuilder calls) {
        get(path, GatewayCaller.newCorrelationId()).assertProblem(404, "NOT_FOUND");

        upstream().verify(1, calls);
    }

    protected final WireMockServer upstream() {
        return upstream(register());
    }

    protected final GatewayAnswer lookUp(String identifier) {
        return lookUp(register(), identifier);
    }

    protected final int serviceCallsFor(String identifier) {
        return serviceCallsFor(register(), identifier);
    }
}
