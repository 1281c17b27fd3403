package vn.hanoi.gateway.contract.insurance;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import vn.hanoi.gateway.contract.Fixtures;
import vn.hanoi.gateway.contract.Register;

/**
 * The social insurance register behind the provincial platform as the stubs in
 * {@code wiremock/insurance/mappings/} play it: the insurance code (or personal id) that selects each
 * scenario (named like its stub file), and the call that keeps its contract ({@code insurance.md}: the
 * {@code lgspaccesstoken} header and the bearer on every service call, a JSON body naming one key).
 */
public final class InsuranceRegister extends Register {

    public static final InsuranceRegister INSURANCE = new InsuranceRegister();

    static final String SERVICE = "/api/bhxh/tra-cuu-qua-trinh";
    /** base64 of the sandbox credentials, as {@code insurance.md} writes them. */
    static final String LGSP_ACCESS_TOKEN = "eyJBY2Nlc3NLZXkiOiJITkktR1ctQUsiLCJTZWNyZXRLZXkiOiJzYW5kYm94LWluc3VyYW5jZS1zZ"
            + "WNyZXQiLCJBcHBOYW1lIjoiaGFub2ktZ2F0ZXdheSIsIlBhcnRuZXJDb2RlIjoiSE5JIn0=";
    private static final String BY_INSURANCE_CODE = "maSoBhxh";
    private static final String BY_PERSONAL_ID = "soDinhDanh";

    /** {@code record-found-ma-loi-0}: the fixture record, served from {@code __files/record-found-ma-loi-0.json}. */
    static final String FOUND = "2853501530";
    /** {@code record-found-lenient-reading}: a fixture record with unknown and empty fields, numbers as numbers or text. */
    static final String FOUND_LENIENT = "9833027426";
    /** {@code record-found-by-personal-id}: the personal id of a fixture record that a stub file serves by it. */
    static final String FOUND_BY_PERSONAL_ID = "001303435890";
    static final String FOUND_BY_PERSONAL_ID_RECORD = "6553951430";
    /** {@code token-expired-midway}: a fixture record whose first call is refused for an expired token. */
    static final String TOKEN_EXPIRED_MIDWAY = "3000935254";
    /** {@code record-not-found-ma-loi-1}: one of the shared unknown identifiers. */
    static final String NOT_FOUND = "1074997891";
    /** {@code person-not-found-ma-loi-1}: one of the shared unknown personal ids. */
    static final String PERSON_NOT_FOUND = "001080293893";
    /** {@code invalid-request-ma-loi-2}. */
    static final String INVALID_REQUEST = "1099000002";
    /** {@code system-error-ma-loi-9}. */
    static final String SYSTEM_ERROR = "1099000009";
    /** {@code unknown-ma-loi-7}: a {@code maLoi} the contract does not name. */
    static final String UNKNOWN_MA_LOI = "1099000007";
    /** {@code success-without-du-lieu}: {@code maLoi "0"} and no record. */
    static final String SUCCESS_WITHOUT_RECORD = "1099000010";
    /** {@code http-500}: HTTP 500 with an HTML page. */
    static final String HTTP_500 = "1099000500";
    /** {@code malformed-json}: HTTP 200 with JSON that does not parse. */
    static final String MALFORMED_JSON = "1099000502";
    /** {@code connection-reset}. */
    static final String CONNECTION_RESET = "1099000503";
    /** {@code slow-past-deadline}: answers, but only after every deadline has passed. */
    static final String SLOW = "1099000504";
    /** {@code slow-body-past-deadline}: the headers at once, then the body trickling in past every deadline. */
    static final String SLOW_BODY = "1099000505";

    private InsuranceRegister() {
        super("insurance", "/api/v1/social-insurance/", "json", "application/json; charset=utf-8",
                new CommonScenarios(NOT_FOUND, FOUND, FOUND_LENIENT, HTTP_500, TOKEN_EXPIRED_MIDWAY));
    }

    /** A lookup by insurance code that keeps the contract. */
    @Override
    public MappingBuilder serviceCall(String insuranceCode) {
        return call(BY_INSURANCE_CODE, insuranceCode);
    }

    @Override
    public RequestPatternBuilder serviceCallsFor(String insuranceCode) {
        return callsFor(BY_INSURANCE_CODE, insuranceCode);
    }

    /** {@code GET /api/v1/social-insurance?personalId=…}. */
    String lookupByPersonPath(String personalId) {
        return "/api/v1/social-insurance?personalId=" + personalId;
    }

    /** A lookup by personal id that keeps the contract. */
    MappingBuilder personCall(String personalId) {
        return call(BY_PERSONAL_ID, personalId);
    }

    RequestPatternBuilder personCallsFor(String personalId) {
        return callsFor(BY_PERSONAL_ID, personalId);
    }

    /** The personal id in a fixture record, by which it is looked up too. */
    static String personalIdOf(String insuranceCode) {
        return Fixtures.json("insurance/native/" + insuranceCode + ".json").path("duLieu").path(BY_PERSONAL_ID).asText();
    }

    /** Both headers, the bearer, JSON, and a body naming exactly one key. */
    private static MappingBuilder call(String key, String value) {
        return post(urlPathEqualTo(SERVICE))
                .withHeader("lgspaccesstoken", equalTo(LGSP_ACCESS_TOKEN))
                .withHeader("Authorization", matching("Bearer insurance-token-[0-9]+"))
                .withHeader("Content-Type", matching("application/json(; ?charset=(?i)utf-8)?"))
                .withRequestBody(equalToJson(JsonNodeFactory.instance.objectNode().put(key, value).toString()));
    }

    private static RequestPatternBuilder callsFor(String key, String value) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(matchingJsonPath("$." + key, equalTo(value)));
    }

    @Override
    public String unusedIdentifier(int n) {
        return String.format("10998%05d", n);
    }

    @Override
    protected String tokenPath() {
        return "/lgsp/token";
    }
}
