package vn.hanoi.gateway.contract.population;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import vn.hanoi.gateway.contract.Register;

/**
 * The population register as the stubs in {@code wiremock/population/mappings/} play it: the personal id
 * that selects each scenario (named like its stub file), and the call that keeps its contract.
 */
public final class PopulationRegister extends Register {

    public static final PopulationRegister POPULATION = new PopulationRegister();

    static final String SERVICE = "/ws/CongDanService";

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

    private PopulationRegister() {
        super("population", "/api/v1/citizens/", "xml", "text/xml; charset=utf-8",
                new CommonScenarios(NOT_FOUND, FOUND, FOUND_LENIENT, HTTP_500, TOKEN_EXPIRED_MIDWAY));
    }

    /** A service call for {@code personalId} that keeps the contract: bearer token, SOAP action, content type. */
    @Override
    public MappingBuilder serviceCall(String personalId) {
        return post(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", matching("Bearer population-token-[0-9]+"))
                .withHeader("SOAPAction", equalTo("\"TraCuuThongTinCongDan\""))
                .withHeader("Content-Type", matching("text/xml; ?charset=(?i)utf-8"))
                .withRequestBody(containing("SoDinhDanh>" + personalId + "<"));
    }

    @Override
    public RequestPatternBuilder serviceCallsFor(String personalId) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(containing("SoDinhDanh>" + personalId + "<"));
    }

    /** A citizen of Hà Nội born in 1985, in a range of ids no stub file serves. */
    @Override
    public String unusedIdentifier(int n) {
        return String.format("00108507%04d", n);
    }

    @Override
    protected String tokenPath() {
        return "/oauth2/token";
    }
}
