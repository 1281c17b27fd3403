package vn.hanoi.gateway.contract.population;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.population.PopulationRegister.SYSTEM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.Fixtures;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.GatewayCaller;

/** Each scenario of the population register's contract, and the exact answer the caller gets. */
class PopulationContractIT extends AbstractPopulationIT {

    @Test
    void answersAFoundCitizenAsItsCanonicalRecordThenFromCacheWithoutAskingAgain() {
        GatewayAnswer first = lookUp(PopulationRegister.FOUND)
                .assertRecord(SYSTEM, "MISS")
                .assertBodyEquals(canonical(PopulationRegister.FOUND));

        GatewayAnswer second = lookUp(PopulationRegister.FOUND)
                .assertRecord(SYSTEM, "HIT")
                .assertBodyEquals(canonical(PopulationRegister.FOUND));

        assertThat(second.header("X-Retrieved-At")).isEqualTo(first.header("X-Retrieved-At"));
        assertThat(serviceCallsFor(PopulationRegister.FOUND)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCitizens")
    void answersEveryFixtureCitizenAsItsCanonicalRecordFieldForField(String personalId) {
        register.stubFor(PopulationRegister.citizenCall(personalId).willReturn(PopulationRegister.fixtureAnswer(personalId)));

        lookUp(personalId).assertRecord(SYSTEM, "MISS").assertBodyEquals(canonical(personalId));
    }

    static Stream<String> fixtureCitizens() {
        return Fixtures.names("population/native", "xml").stream()
                .filter(id -> !PopulationRegister.SERVED_BY_STUB_FILES.contains(id));
    }

    @Test
    void readsAnAnswerWithAnotherPrefixUnknownElementsAndEmptyElementsLeniently() {
        lookUp(PopulationRegister.FOUND_LENIENT)
                .assertRecord(SYSTEM, "MISS")
                .assertBodyEquals(canonical(PopulationRegister.FOUND_LENIENT));
    }

    @Test
    void answers404WhenTheRegisterSaysNotFoundAndDoesNotAskAgain() {
        lookUp(PopulationRegister.NOT_FOUND).assertProblem(404, "NOT_FOUND");

        assertThat(serviceCallsFor(PopulationRegister.NOT_FOUND)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registerFailures")
    void retriesAFailingRegisterUpToMaxAttemptsThenAnswers503WithRetryAfter(String personalId) {
        lookUp(personalId).assertUnavailable(RETRY_AFTER);

        assertThat(serviceCallsFor(personalId)).isEqualTo(MAX_ATTEMPTS);
    }

    static Stream<Named<String>> registerFailures() {
        return Stream.of(
                Named.of("register-error-ma-ket-qua-99", PopulationRegister.REGISTER_ERROR),
                Named.of("soap-fault-500", PopulationRegister.SOAP_FAULT),
                Named.of("http-500 (an HTML page)", PopulationRegister.HTTP_500),
                Named.of("connection-reset", PopulationRegister.CONNECTION_RESET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slowRegisters")
    void answers504WithinTheDeadlineWhenTheRegisterIsTooSlow(String personalId) {
        GatewayAnswer answer = lookUp(personalId).assertProblem(504, "UPSTREAM_TIMEOUT");

        assertThat(answer.elapsed()).isLessThan(DEADLINE.plusSeconds(1));
    }

    static Stream<Named<String>> slowRegisters() {
        return Stream.of(
                Named.of("slow-past-deadline", PopulationRegister.SLOW),
                Named.of("slow-body-past-deadline (headers at once, the body trickling)", PopulationRegister.SLOW_BODY));
    }

    @Test
    void answers502WhenTheRegisterAnswersMalformedXmlAndDoesNotAskAgain() {
        lookUp(PopulationRegister.MALFORMED_XML).assertProblem(502, "UPSTREAM_ERROR");

        assertThat(serviceCallsFor(PopulationRegister.MALFORMED_XML)).isEqualTo(1);
    }

    @Test
    void sendsTheCallersCorrelationIdAndOfficerUpstream() {
        String correlationId = GatewayCaller.newCorrelationId();

        lookUp(PopulationRegister.NOT_FOUND, correlationId).assertProblem(404, "NOT_FOUND");

        register.verify(1, PopulationRegister.serviceCallsFor(PopulationRegister.NOT_FOUND)
                .withHeader("X-Correlation-Id", equalTo(correlationId))
                .withRequestBody(matchingXPath(field("MaYeuCau"), equalTo(correlationId)))
                .withRequestBody(matchingXPath(field("MaDVC"), equalTo("-")))
                .withRequestBody(matchingXPath(field("MaTichHop"), equalTo("HNI-GW")))
                .withRequestBody(matchingXPath(field("MaCanBo"), equalTo(GatewayCaller.OFFICER_ID)))
                .withRequestBody(matchingXPath(field("SoDinhDanh"), equalTo(PopulationRegister.NOT_FOUND))));
    }

    @Test
    void neverForwardsTheCallersApiKeyUpstream() {
        lookUp(PopulationRegister.NOT_FOUND).assertProblem(404, "NOT_FOUND");

        assertThat(PopulationRegister.everyRequest(register)).isNotEmpty()
                .noneMatch(request -> request.containsHeader(GatewayCaller.API_KEY_HEADER))
                .noneMatch(request -> request.getBodyAsString().contains(GatewayCaller.API_KEY));
    }

    /** The text of a {@code TraCuuThongTinCongDan} child, whatever prefix the gateway gave it. */
    private static String field(String name) {
        return "//*[local-name()='TraCuuThongTinCongDan']/*[local-name()='" + name + "']/text()";
    }

    private static JsonNode canonical(String personalId) {
        return Fixtures.json("population/canonical/" + personalId + ".json");
    }
}
