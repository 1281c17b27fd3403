package vn.hanoi.gateway.contract.civilstatus;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.contract.Fixtures;
import vn.hanoi.gateway.contract.Register;

/**
 * The civil-status register as the stubs in {@code wiremock/civil-status/mappings/} play it: the personal id that
 * selects each scenario (named like its stub file), and the call that keeps its contract ({@code civil-status.md}:
 * the bearer from the form token, JSON naming {@code maYeuCau}, {@code maCanBo} and {@code soDinhDanh}).
 */
public final class CivilStatusRegister extends Register {

    static final String SERVICE = "/hotich/v1/tra-cuu";

    /** {@code record-found-00}: a fixture record, served from {@code __files/record-found-00.json}. */
    static final String FOUND = "001066246367";
    /**
     * {@code record-found-lenient-reading}: a fixture record as the contract allows it on the wire: a UTF-8
     * byte-order mark, CRLF, {@code \\uXXXX} escapes, unknown fields at every level, {@code null} and absent
     * optional fields, numbers as numbers and as strings, names in odd case and spacing, {@code gioiTinh} upper case.
     */
    static final String FOUND_LENIENT = "079050381155";
    /** {@code token-expired-midway}: a fixture record whose first call is refused for an expired token. */
    static final String TOKEN_EXPIRED_MIDWAY = "001078992870";
    /** {@code record-not-found-01}: every personal id of {@code not-registered.json}; this one warms up. */
    static final String NOT_FOUND = "001051409167";
    /** {@code invalid-request-02}. */
    static final String INVALID_REQUEST = "001099000002";
    /** {@code register-error-99}: like a 5xx. */
    static final String REGISTER_ERROR = "001099000099";
    /** {@code unknown-trang-thai-07}: a {@code trangThai} the contract does not name. */
    static final String UNKNOWN_TRANG_THAI = "001099000007";
    /** {@code success-without-du-lieu}: {@code trangThai "00"} and no registrations. */
    static final String SUCCESS_WITHOUT_RECORD = "001099000010";
    /** {@code http-500}: HTTP 500 with an HTML page. */
    static final String HTTP_500 = "001099000500";
    /** {@code malformed-json}: HTTP 200 with JSON that does not parse. */
    static final String MALFORMED_JSON = "001099000502";
    /** {@code connection-reset}. */
    static final String CONNECTION_RESET = "001099000503";
    /** {@code slow-past-deadline}: answers, but only after every deadline has passed. */
    static final String SLOW = "001099000504";
    /** {@code slow-body-past-deadline}: the headers at once, then the body trickling in past every deadline. */
    static final String SLOW_BODY = "001099000505";
    /** {@code throttled-429-retry-after-120s}. */
    static final String THROTTLED = "001099000429";
    static final long THROTTLED_RETRY_AFTER_SECONDS = 120;
    /** {@code marriage-about-someone-else}: another person's registrations, whose marriage does not name this one. */
    static final String ABOUT_SOMEONE_ELSE = "001099000601";

    /** Declared after the scenario identifiers, which its constructor reads. */
    public static final CivilStatusRegister CIVIL_STATUS = new CivilStatusRegister();

    private CivilStatusRegister() {
        super("civil-status", "/api/v1/civil-status/", "json", "application/json; charset=utf-8",
                new CommonScenarios(NOT_FOUND, FOUND, FOUND_LENIENT, HTTP_500, TOKEN_EXPIRED_MIDWAY));
    }

    /** The citizens of the population fixtures that this register does not hold ({@code not-registered.json}). */
    static Stream<String> notRegistered() {
        return StreamSupport.stream(Fixtures.json("civil-status/not-registered.json").path("personalIds").spliterator(),
                false).map(JsonNode::asText);
    }

    /** The bearer, JSON, and a body naming the request, the officer and the person. */
    @Override
    public MappingBuilder serviceCall(String personalId) {
        return post(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", matching("Bearer civil-status-token-[0-9]+"))
                .withHeader("Content-Type", matching("application/json(; ?charset=(?i)utf-8)?"))
                .withRequestBody(matchingJsonPath("$.maYeuCau"))
                .withRequestBody(matchingJsonPath("$.maCanBo"))
                .withRequestBody(matchingJsonPath("$.soDinhDanh", equalTo(personalId)));
    }

    @Override
    public RequestPatternBuilder serviceCallsFor(String personalId) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(matchingJsonPath("$.soDinhDanh", equalTo(personalId)));
    }

    /** Valid personal ids (Hà Nội, born 1998) that neither a fixture nor a stub file holds. */
    @Override
    public String unusedIdentifier(int n) {
        return String.format("0010980%05d", n);
    }

    @Override
    protected String tokenPath() {
        return "/oauth2/token";
    }
}
