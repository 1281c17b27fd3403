package vn.hanoi.gateway.contract.business;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;

/**
 * The business registration register as the stubs in {@code wiremock/business/mappings/} play it: the
 * enterprise code that selects each scenario (named like its stub file), and the call that keeps its
 * contract ({@code business.md}: a bearer from the Basic-authenticated token endpoint, {@code GET} by code).
 */
public final class BusinessRegister extends Register {

    public static final BusinessRegister BUSINESS = new BusinessRegister();

    static final String SERVICE = "/api/v1/doanh-nghiep/";

    /** {@code enterprise-found-200}: the fixture enterprise, served from {@code __files/enterprise-found-200.json}. */
    static final String FOUND = "0111691112";
    /** {@code enterprise-found-lenient-reading}: a fixture enterprise with unknown and empty fields, numbers as numbers or text. */
    static final String FOUND_LENIENT = "0110386356";
    /**
     * {@code enterprise-branch-found-200}: a fixture branch, asked with the dash as the register writes it; the
     * caller may write it {@code 0111691112-001} or {@code 0111691112001}.
     */
    static final String BRANCH = "0111691112-001";
    static final String BRANCH_WITHOUT_DASH = "0111691112001";
    /** {@code token-expired-midway}: a fixture enterprise whose first call is refused for an expired token. */
    static final String TOKEN_EXPIRED_MIDWAY = "0142762941";
    /** {@code enterprise-throttled-429-retry-after-1s}: a fixture enterprise, answered 429 once, then found. */
    static final String THROTTLED_ONCE = "0135393820";
    static final long THROTTLED_ONCE_RETRY_AFTER_SECONDS = 1;
    /** {@code enterprise-throttled-429-retry-after-120s}: always 429, back in two minutes (past every deadline). */
    static final String THROTTLED_LONG = "0109500018";
    static final long THROTTLED_LONG_RETRY_AFTER_SECONDS = 120;
    /** {@code enterprise-not-found-404}: one of the shared unknown identifiers. */
    static final String NOT_FOUND = "0163226941";
    /** {@code http-500}: HTTP 500 with the register's JSON error. */
    static final String HTTP_500 = "0109500025";
    /** {@code http-503-maintenance}: HTTP 503 with a proxy's HTML page. */
    static final String HTTP_503 = "0109500032";
    /** {@code connection-reset}. */
    static final String CONNECTION_RESET = "0109500057";
    /** {@code slow-past-deadline}: answers, but only after every deadline has passed. */
    static final String SLOW = "0109500064";
    /** {@code slow-body-past-deadline}: the headers at once, then the body trickling in past every deadline. */
    static final String SLOW_BODY = "0109500071";
    /** {@code malformed-json}: HTTP 200 with JSON that does not parse. */
    static final String MALFORMED_JSON = "0109500089";

    private BusinessRegister() {
        super("business", "/api/v1/enterprises/", "json", "application/json; charset=utf-8",
                new CommonScenarios(NOT_FOUND, FOUND, FOUND_LENIENT, HTTP_500, TOKEN_EXPIRED_MIDWAY),
                BRANCH, THROTTLED_ONCE);
    }

    /** A call for the enterprise that keeps the contract: {@code GET} by its code, with the bearer. */
    @Override
    public MappingBuilder serviceCall(String enterpriseCode) {
        return get(urlPathEqualTo(SERVICE + enterpriseCode))
                .withHeader("Authorization", matching("Bearer business-token-[0-9]+"));
    }

    @Override
    public RequestPatternBuilder serviceCallsFor(String enterpriseCode) {
        return getRequestedFor(urlPathEqualTo(SERVICE + enterpriseCode));
    }

    /** An enterprise code with a valid check digit, in a range no stub file serves (up to n = 900). */
    @Override
    public String unusedIdentifier(int n) {
        EnterpriseCode rule = new EnterpriseCode();
        for (int head = n * 11; head < (n + 1) * 11; head++) {
            for (int checkDigit = 0; checkDigit <= 9; checkDigit++) {
                String code = String.format("01098%04d%d", head, checkDigit);
                if (rule.violation(code).isEmpty()) {
                    return code;
                }
            }
        }
        throw new IllegalArgumentException("no well-formed enterprise code for " + n);
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }
}
