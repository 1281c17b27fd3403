package vn.hanoi.gateway.contract.land;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hanoi.gateway.contract.Fixtures;
import vn.hanoi.gateway.contract.Register;

/**
 * The land register as the stubs in {@code wiremock/land/mappings/} play it: the parcel
 * ({@code <commune>/<sheet>/<parcel>}, as the gateway's path names it) or certificate serial that selects
 * each scenario (named like its stub file), and the calls that keep its contract ({@code land.md}: SOAP 1.1
 * with the bearer, the operation's {@code SOAPAction}, the question in the register's namespace).
 */
public final class LandRegister extends Register {

    public static final LandRegister LAND = new LandRegister();

    static final String SERVICE = "/ws/ThuaDatService";
    private static final Map<String, String> NAMESPACES = Map.of(
            "soapenv", "http://schemas.xmlsoap.org/soap/envelope/",
            "tdd", "urn:vn:gov:datdai:thuadat:v1");
    private static final Pattern COMMUNE_ASKED = Pattern.compile("MaXa>([^<]*)<");
    private static final Pattern SERIAL = Pattern.compile("SoPhatHanhGCN>([^<]*)<");

    /** {@code parcel-found-200}: the fixture parcel, its commune both current and pre-2025 (one call). */
    static final String FOUND = "09676/37/254";
    /** {@code parcel-found-lenient-reading}: a fixture parcel in other prefixes, with extra and empty elements. */
    static final String FOUND_LENIENT = "09832/4/457";
    /** {@code token-expired-midway}: a fixture parcel whose first call is refused for an expired token. */
    static final String TOKEN_EXPIRED_MIDWAY = "10465/59/7";
    /**
     * {@code parcel-found-in-third-legacy-commune}: a parcel of the current commune 00118, which was made of
     * 00118, 00115, 00124, …: the first two answer {@code MaKetQua 01}, the third holds the fixture parcel.
     */
    static final String IN_MERGED_COMMUNE = "00118/21/279";
    static final List<String> IN_MERGED_COMMUNE_ASKED = List.of("00118", "00115", "00124");
    static final String IN_MERGED_COMMUNE_FIXTURE = "00124/21/279";
    /** {@code parcel-not-found-in-any-legacy-commune}: every old commune of the current 10231 answers {@code 01}. */
    static final String NOT_IN_ANY_LEGACY_COMMUNE = "10231/90/2";
    static final List<String> NOT_IN_ANY_LEGACY_COMMUNE_ASKED = List.of("10231", "10234", "10240", "10249", "10255");
    /** A well-formed commune code that is neither current nor pre-2025: nothing to ask. */
    static final String UNKNOWN_COMMUNE = "99999/1/1";
    /** {@code parcel-not-found-ma-ket-qua-01}: a parcel of a pre-2025 commune that is no longer in use (one call). */
    static final String NOT_FOUND = "00124/90/1";
    /** {@code rejected-request-ma-ket-qua-02}. */
    static final String REJECTED = "00124/90/3";
    /** {@code found-without-a-parcel-ma-ket-qua-00}. */
    static final String FOUND_WITHOUT_PARCEL = "00124/90/4";
    /** {@code register-error-ma-ket-qua-99}. */
    static final String REGISTER_ERROR = "00124/90/99";
    /** {@code soap-fault-500}: HTTP 500 with a {@code soapenv:Server} Fault. */
    static final String SOAP_FAULT = "00124/90/500";
    /** {@code http-500}: HTTP 500 with an HTML page. */
    static final String HTTP_500 = "00124/90/501";
    /** {@code malformed-xml}: HTTP 200 with XML that does not parse. */
    static final String MALFORMED_XML = "00124/90/502";
    /** {@code connection-reset}. */
    static final String CONNECTION_RESET = "00124/90/503";
    /** {@code slow-past-deadline}: answers, but only after every deadline has passed. */
    static final String SLOW = "00124/90/504";
    /** {@code slow-body-past-deadline}: the headers at once, then the body trickling in past every deadline. */
    static final String SLOW_BODY = "00124/90/505";
    /** {@code certificate-found-200}: the certificate of the fixture parcel {@link #CERTIFICATE_FOUND_PARCEL}. */
    static final String CERTIFICATE_FOUND = "BX 139755";
    static final String CERTIFICATE_FOUND_PARCEL = "10231/32/182";
    /** {@code certificate-not-found-ma-ket-qua-01}. */
    static final String CERTIFICATE_NOT_FOUND = "CS 999001";

    private LandRegister() {
        super("land", "/api/v1/land-parcels/", "xml", "text/xml; charset=utf-8",
                new CommonScenarios(NOT_FOUND, FOUND, FOUND_LENIENT, HTTP_500, TOKEN_EXPIRED_MIDWAY),
                IN_MERGED_COMMUNE_FIXTURE);
    }

    /** {@code TraCuuThuaDat} for exactly this parcel: {@code <commune>/<sheet>/<parcel>}. */
    @Override
    public MappingBuilder serviceCall(String parcel) {
        return call("TraCuuThuaDat", parcelQuestion(parcel));
    }

    @Override
    public RequestPatternBuilder serviceCallsFor(String parcel) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(parcelQuestion(parcel));
    }

    /** {@code GET /api/v1/land-certificates/{serial}}, the serial URL-encoded. */
    String certificatePath(String serial) {
        return "/api/v1/land-certificates/" + serial.replace(" ", "%20");
    }

    /** {@code TraCuuTheoGiayChungNhan} for exactly this serial. */
    MappingBuilder certificateCall(String serial) {
        return call("TraCuuTheoGiayChungNhan", certificateQuestion(serial));
    }

    RequestPatternBuilder certificateCallsFor(String serial) {
        return postRequestedFor(urlPathEqualTo(SERVICE)).withRequestBody(certificateQuestion(serial));
    }

    /** The serial of a fixture parcel's certificate. */
    String serialOf(String parcel) {
        Matcher serial = SERIAL.matcher(Fixtures.text("land/native/" + fixtureNameOf(parcel) + ".xml"));
        if (!serial.find()) {
            throw new IllegalArgumentException("the fixture parcel " + parcel + " has no certificate");
        }
        return serial.group(1);
    }

    /** The pre-2025 commune of every parcel question the register received, in the order it received them. */
    static List<String> communesAsked(WireMockServer register) {
        List<String> asked = new ArrayList<>();
        for (LoggedRequest call : register.findAll(postRequestedFor(urlPathEqualTo(SERVICE)))) {
            Matcher commune = COMMUNE_ASKED.matcher(call.getBodyAsString());
            if (commune.find()) {
                asked.add(commune.group(1));
            }
        }
        return asked;
    }

    private static MappingBuilder call(String operation, StringValuePattern question) {
        return post(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", matching("Bearer land-token-[0-9]+"))
                .withHeader("SOAPAction", equalTo("\"" + operation + "\""))
                .withHeader("Content-Type", matching("text/xml; ?charset=(?i)utf-8"))
                .withRequestBody(question);
    }

    private static StringValuePattern parcelQuestion(String parcel) {
        String[] parts = parcel.split("/", -1);
        return matchingXPath("/soapenv:Envelope/soapenv:Body/tdd:TraCuuThuaDat[tdd:MaXa='" + parts[0]
                + "' and tdd:SoHieuBanDo='" + parts[1] + "' and tdd:SoThuTuThua='" + parts[2] + "']", NAMESPACES);
    }

    private static StringValuePattern certificateQuestion(String serial) {
        return matchingXPath("/soapenv:Envelope/soapenv:Body/tdd:TraCuuTheoGiayChungNhan[tdd:SoPhatHanhGCN='"
                + serial + "']", NAMESPACES);
    }

    @Override
    protected String fixtureNameOf(String parcel) {
        return parcel.replace('/', '-');
    }

    @Override
    protected String identifierOf(String fixtureName) {
        return fixtureName.replace('-', '/');
    }

    /** A parcel of the pre-2025 commune that {@link #NOT_FOUND} is in (one call), on a sheet no stub file serves. */
    @Override
    public String unusedIdentifier(int n) {
        return "00124/77/" + n;
    }

    @Override
    protected String tokenPath() {
        return "/oauth2/token";
    }
}
