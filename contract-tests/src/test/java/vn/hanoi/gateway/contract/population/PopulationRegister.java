package vn.hanoi.gateway.contract.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Set;
import vn.hanoi.gateway.contract.Fixtures;

/**
 * The population register as the stubs in {@code wiremock/population/mappings/} play it: the personal id
 * that selects each scenario (named like its stub file), and the journal queries the tests make.
 */
final class PopulationRegister {

    static final String SERVICE = "/ws/CongDanService";
    static final String TOKEN = "/oauth2/token";
    static final String SYSTEM = "population";

    /** {@code citizen-found-200}: the fixture citizen, served from {@code __files/citizen-found-200.xml}. */
    static final String FOUND = "001051409167";
    /** {@code citizen-found-lenient-reading}: a fixture citizen in another prefix, with extra and empty elements. */
    static final String FOUND_LENIENT = "001166916726";
    /** {@code token-expired-midway}: a fixture citizen whose first call is refused for an expired token. */
    static final String TOKEN_EXPIRED_MIDWAY = "001300973597";
    /** {@code citizen-not-found-ma-ket-qua-01}: one of the shared unknown identifiers. */
    static final String NOT_FOUND = "001080293893";
    /** {@code register-error-ma-ket-qua-99}. */
    static final String REGISTER_ERROR = "001085000099";
    /** {@code soap-fault-500}: HTTP 500 with a {@code soapenv:Server} Fault. */
    static final String SOAP_FAULT = "001085000500";
    /** {@code http-500}: HTTP 500 with an HTML page. */
    static final String HTTP_500 = "001085000501";
    /** {@code malformed-xml}: HTTP 200 with XML that does not parse. */
    static final String MALFORMED_XML = "001085000502";
    /** {@code connection-reset}. */
    static final String CONNECTION_RESET = "001085000503";
    /** {@code slow-past-deadline}: answers, but only after every deadline has passed. */
    static final String SLOW = "001085000504";
    /** {@code slow-body-past-deadline}: the headers at once, then the body trickling in past every deadline. */
    static final String SLOW_BODY = "001085000505";

    /** Fixture citizens that a stub file serves (the others are stubbed from the fixtures by the tests). */
    static final Set<String> SERVED_BY_STUB_FILES = Set.of(FOUND, FOUND_LENIENT, TOKEN_EXPIRED_MIDWAY);

    /** The stub that answers any request outside the contract (wrong path, header, token or form). */
    static final String OUTSIDE_CONTRACT_STUB = "request-outside-contract-400";

    private PopulationRegister() {
    }

    /** A service call for {@code personalId} that keeps the contract: bearer token, SOAP action, content type. */
    static MappingBuilder citizenCall(String personalId) {
        return post(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", matching("Bearer population-token-[0-9]+"))
                .withHeader("SOAPAction", equalTo("\"TraCuuThongTinCongDan\""))
                .withHeader("Content-Type", matching("text/xml; ?charset=(?i)utf-8"))
                .withRequestBody(containing("SoDinhDanh>" + personalId + "<"));
    }

    /** The register's answer for a fixture citizen: {@code fixtures/population/native/<id>.xml}. */
    static ResponseDefinitionBuilder fixtureAnswer(String personalId) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(Fixtures.text("population/native/" + personalId + ".xml"));
    }

    /** From now on the register answers {@code soap-fault-500} for this citizen, whatever it answered before. */
    static void startFailingFor(WireMockServer register, String personalId) {
        register.stubFor(citizenCall(personalId).atPriority(1).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBodyFile("soap-fault-500.xml")));
    }

    static RequestPatternBuilder serviceCallsFor(String personalId) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(containing("SoDinhDanh>" + personalId + "<"));
    }

    static RequestPatternBuilder tokenCalls() {
        return postRequestedFor(urlPathEqualTo(TOKEN));
    }

    static List<LoggedRequest> everyRequest(WireMockServer register) {
        return register.findAll(anyRequestedFor(anyUrl()));
    }
}
