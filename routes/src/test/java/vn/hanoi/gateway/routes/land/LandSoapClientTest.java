package vn.hanoi.gateway.routes.land;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.DirectTransport;
import vn.hanoi.gateway.routes.connector.TokenProvider;
import vn.hanoi.gateway.routes.connector.TokenRequests;
import vn.hanoi.gateway.routes.connector.UpstreamException;
import org.springframework.util.unit.DataSize;

/** The land register's SOAP client against a WireMock register: what it sends, and how it reads every answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandSoapClientTest {

    private static final String SERVICE = "/ws/ThuaDatService";
    private static final String NS = "urn:vn:gov:datdai:thuadat:v1";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final ParcelKey PARCEL = new ParcelKey("00124", "21", "279");
    private static final LookupRequest BY_PARCEL = new LookupRequest(PARCEL.lookupKey(), "corr-land-1", "can-bo-1", null);
    private static final LookupRequest BY_SERIAL = new LookupRequest("CX 169401", "corr-land-2", "can-bo-1", null);

    private static final Duration ATTEMPT = Duration.ofSeconds(2);
    private static final DataSize MAX_RESPONSE_SIZE = DataSize.ofKilobytes(256);

    private final WireMockServer register = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    private final AtomicInteger tokensFetched = new AtomicInteger();
    private LandSoapClient client;

    /** Starts the register and makes a first call, so that no test pays for warming CXF up. */
    @BeforeAll
    void start() {
        register.start();
        setUp();
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, found("tdd:", ""))));
        byParcel();
    }

    @AfterAll
    void stop() {
        register.stop();
    }

    @BeforeEach
    void setUp() {
        tokensFetched.set(0);
        register.resetAll();
        register.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(matching(".*grant_type=client_credentials.*client_id=hanoi-gateway.*"))
                .willReturn(token("token-1")));
        ConnectorProperties properties = new ConnectorProperties();
        properties.setBaseUrl(register.baseUrl());
        properties.setClientId("hanoi-gateway");
        properties.setClientSecret("test-secret");
        properties.setConnectTimeout(Duration.ofMillis(500));
        properties.setAttemptTimeout(ATTEMPT);
        properties.setMaxResponseSize(MAX_RESPONSE_SIZE);
        TokenProvider tokens = new TokenProvider(LandConnector.SYSTEM,
                HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout()).build(),
                () -> TokenRequests.clientCredentialsForm(properties, "/oauth2/token"),
                properties.getAttemptTimeout(), properties.getMaxResponseSize(), system -> tokensFetched.incrementAndGet());
        client = new LandSoapClient(properties, new DirectTransport(properties.getBaseUrl(), tokens));
    }

    /** Every call to the register carries a bearer and the correlation id, and never the caller's API key. */
    @AfterEach
    void everyCallCarriesTheBearerAndTheCorrelationIdOnly() {
        for (var call : register.findAll(postRequestedFor(urlPathEqualTo(SERVICE)))) {
            assertThat(call.getHeader("Authorization")).startsWith("Bearer token-");
            assertThat(call.getHeader("X-Correlation-Id")).startsWith("corr-land-");
            assertThat(call.containsHeader("X-API-Key")).isFalse();
            assertThat(call.containsHeader("X-Dossier-Code")).isFalse();
        }
    }

    @Test
    void findsAParcelByCommuneSheetAndNumber() {
        register.stubFor(service("TraCuuThuaDat")
                .withRequestBody(matching("(?s).*<(\\w+:)?MaXa>00124</(\\w+:)?MaXa>"
                        + "\\s*<(\\w+:)?SoHieuBanDo>21</(\\w+:)?SoHieuBanDo>"
                        + "\\s*<(\\w+:)?SoThuTuThua>279</(\\w+:)?SoThuTuThua>.*"))
                .willReturn(soap(200, found("tdd:", ""))));

        ThongTinThuaDat parcel = byParcel();

        assertThat(parcel.getMaXa()).isEqualTo("00124");
        assertThat(parcel.getSoThuTuThua()).isEqualTo("279");
        assertThat(parcel.getGiayChungNhan().getSoPhatHanhGCN()).isEqualTo("CX 169401");
        assertThat(parcel.getChuSuDung()).singleElement()
                .satisfies(holder -> assertThat(holder.getHoTen()).isEqualTo("Vũ Minh Khải"));
        register.verify(1, postRequestedFor(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("X-Correlation-Id", equalTo("corr-land-1")));
    }

    @Test
    void findsAParcelByCertificateSerial() {
        register.stubFor(service("TraCuuTheoGiayChungNhan")
                .withRequestBody(matching("(?s).*<(\\w+:)?SoPhatHanhGCN>CX 169401</(\\w+:)?SoPhatHanhGCN>.*"))
                .willReturn(soap(200, found("tdd:", ""))));

        ThongTinThuaDat parcel = client.certificate(BY_SERIAL, deadline(), ATTEMPT);

        assertThat(parcel.getMaXa()).isEqualTo("00124");
        assertThat(parcel.getSoHieuBanDo()).isEqualTo("21");
    }

    @ParameterizedTest(name = "MaKetQua {0} is {1}")
    @CsvSource({"01, NOT_FOUND", "02, REJECTED_REQUEST", "99, REGISTER_ERROR", "' 01 ', NOT_FOUND",
            "42, MALFORMED_RESPONSE"})
    void readsTheResultCode(String resultCode, FailureKind kind) {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, envelope(
                "<tdd:TraCuuThuaDatResponse xmlns:tdd=\"" + NS + "\"><tdd:MaKetQua>" + resultCode
                        + "</tdd:MaKetQua><tdd:MoTa>Lỗi</tdd:MoTa></tdd:TraCuuThuaDatResponse>"))));

        assertFailsWith(kind);
    }

    @Test
    void foundWithoutAParcelIsMalformed() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, envelope(
                "<TraCuuThuaDatResponse xmlns=\"" + NS + "\"><MaKetQua>00</MaKetQua></TraCuuThuaDatResponse>"))));

        assertFailsWith(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void aSoapFaultFromTheRegisterIsASoapFault() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(500, envelope(
                "<soapenv:Fault><faultcode>soapenv:Server</faultcode>"
                        + "<faultstring>Lỗi hệ thống CSDL đất đai</faultstring></soapenv:Fault>"))));

        assertFailsWith(FailureKind.SOAP_FAULT);
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "500 | text/html; charset=utf-8 | <html><body><h1>500 Internal Server Error</h1></body></html>",
            "500 | text/plain | Internal Server Error",
            "500 | application/json | {\"error\":\"internal\"}",
            "500 | text/xml; charset=utf-8 | ''",
            "502 | text/html | <html><body>Bad Gateway</body></html>",
            "503 | text/plain | Service Unavailable"})
    void aServerErrorWithoutASoapFaultIsAServerError(int status, String contentType, String body) {
        register.stubFor(service("TraCuuThuaDat").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));

        assertFailsWith(FailureKind.SERVER_ERROR);
    }

    @Test
    void aThrottledAnswerKeepsTheWaitTheRegisterAskedFor() {
        register.stubFor(service("TraCuuThuaDat").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withHeader("Content-Type", "text/plain").withBody("Too Many Requests")));

        assertThatThrownBy(this::byParcel).isInstanceOfSatisfying(UpstreamException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.THROTTLED);
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
        });
    }

    @Test
    void anAnswerLongerThanTheMaximumResponseSizeIsMalformedUnread() {
        String blanks = " ".repeat((int) MAX_RESPONSE_SIZE.toBytes());
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, "<?xml version=\"1.0\"?>" + blanks
                + "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body/></soapenv:Envelope>")));

        assertFailsWith(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void malformedXmlIsAMalformedResponse() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200,
                "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body>"
                        + "<tdd:TraCuuThuaDatResponse xmlns:tdd=\"" + NS + "\"><tdd:MaKetQua>00</tdd:Ma")));

        assertFailsWith(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void anAnswerPastTheAttemptTimeoutIsATimeout() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, found("tdd:", "")).withFixedDelay(2_000)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.parcel(PARCEL, BY_PARCEL, deadline(), Duration.ofMillis(300)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_000));
    }

    @Test
    void aConnectionResetIsAnIoFailure() {
        register.stubFor(service("TraCuuThuaDat").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertFailsWith(FailureKind.IO);
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndTheCallRepeated() {
        register.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(token("token-1")).willSetStateTo("revoked"));
        register.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("token").whenScenarioStateIs("revoked")
                .willReturn(token("token-2")));
        register.stubFor(service("TraCuuThuaDat").withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")));
        register.stubFor(service("TraCuuThuaDat").withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(soap(200, found("tdd:", ""))));

        assertThat(byParcel().getSoHieuBanDo()).isEqualTo("21");
        assertThat(tokensFetched).hasValue(2);
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void aTokenRejectedTwiceIsUnauthorized() {
        register.stubFor(service("TraCuuThuaDat").willReturn(aResponse().withStatus(401)));

        assertFailsWith(FailureKind.UNAUTHORIZED);
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void readsAnAnswerWithElementsTheWsdlDoesNotName() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, found("tdd:",
                "<tdd:MaVach>8936</tdd:MaVach><tdd:ToaDo><tdd:X>105.8</tdd:X><tdd:Y>21.0</tdd:Y></tdd:ToaDo>"))));

        ThongTinThuaDat parcel = byParcel();

        assertThat(parcel.getMaXa()).isEqualTo("00124");
        assertThat(parcel.getGiayChungNhan().getSoPhatHanhGCN()).isEqualTo("CX 169401");
    }

    @Test
    void readsAnAnswerInTheDefaultNamespace() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, found("", ""))));

        ThongTinThuaDat parcel = byParcel();

        assertThat(parcel.getMaXa()).isEqualTo("00124");
        assertThat(parcel.getMucDichSuDung()).singleElement()
                .satisfies(use -> assertThat(use.getMaMucDich()).isEqualTo("LUC"));
    }

    @Test
    void readsAnAnswerWithEmptyElements() {
        register.stubFor(service("TraCuuThuaDat").willReturn(soap(200, envelope(
                "<tdd:TraCuuThuaDatResponse xmlns:tdd=\"" + NS + "\"><tdd:MaKetQua>00</tdd:MaKetQua><tdd:MoTa/>"
                        + "<tdd:ThongTinThuaDat><tdd:MaXa>00124</tdd:MaXa><tdd:SoHieuBanDo>21</tdd:SoHieuBanDo>"
                        + "<tdd:SoThuTuThua>279</tdd:SoThuTuThua><tdd:DienTich/><tdd:DiaChiChiTiet></tdd:DiaChiChiTiet>"
                        + "<tdd:MucDichSuDung/><tdd:ChuSuDung><tdd:HoTen/><tdd:LoaiDoiTuong/></tdd:ChuSuDung>"
                        + "<tdd:GiayChungNhan/><tdd:TheChap/></tdd:ThongTinThuaDat></tdd:TraCuuThuaDatResponse>"))));

        ThongTinThuaDat parcel = byParcel();

        assertThat(parcel.getSoThuTuThua()).isEqualTo("279");
        assertThat(parcel.getDienTich()).isEmpty();
        assertThat(parcel.getGiayChungNhan().getSoPhatHanhGCN()).isNull();
    }

    private ThongTinThuaDat byParcel() {
        return client.parcel(PARCEL, BY_PARCEL, deadline(), ATTEMPT);
    }

    private void assertFailsWith(FailureKind kind) {
        assertThatThrownBy(this::byParcel)
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.system()).isEqualTo("land");
                });
    }

    private static Deadline deadline() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    private static MappingBuilder service(String action) {
        return post(urlPathEqualTo(SERVICE)).withHeader("SOAPAction", equalTo("\"" + action + "\""));
    }

    private static ResponseDefinitionBuilder token(String value) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static ResponseDefinitionBuilder soap(int status, String envelope) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(envelope);
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    /** The parcel 00124-21-279 as the register sends it, with prefix {@code p} (empty: default namespace). */
    private static String found(String p, String extra) {
        String xmlns = p.isEmpty() ? "xmlns" : "xmlns:" + p.substring(0, p.length() - 1);
        return envelope("<" + p + "TraCuuThuaDatResponse " + xmlns + "=\"" + NS + "\">"
                + "<" + p + "MaKetQua>00</" + p + "MaKetQua>"
                + "<" + p + "ThongTinThuaDat>"
                + element(p, "MaXa", "00124") + element(p, "SoHieuBanDo", "21") + element(p, "SoThuTuThua", "279")
                + element(p, "DienTich", "1235,6") + extra
                + element(p, "DiaChiChiTiet", "Số 55 phố Kim Mã, Phường Đức Giang")
                + "<" + p + "MucDichSuDung>" + element(p, "MaMucDich", "LUC")
                + element(p, "TenMucDich", "Đất chuyên trồng lúa") + element(p, "DienTich", "1235,6")
                + element(p, "ThoiHanSuDung", "31/12/2064") + "</" + p + "MucDichSuDung>"
                + "<" + p + "ChuSuDung>" + element(p, "HoTen", "Vũ Minh Khải") + element(p, "LoaiDoiTuong", "CN")
                + element(p, "SoGiayTo", "031204407711") + "</" + p + "ChuSuDung>"
                + "<" + p + "GiayChungNhan>" + element(p, "SoPhatHanhGCN", "CX 169401")
                + element(p, "SoVaoSoCapGCN", "CX74117") + element(p, "NgayCapGCN", "24/03/2013")
                + element(p, "CoQuanCap", "UBND quận Long Biên") + "</" + p + "GiayChungNhan>"
                + "</" + p + "ThongTinThuaDat></" + p + "TraCuuThuaDatResponse>");
    }

    private static String element(String p, String name, String value) {
        return "<" + p + name + ">" + value + "</" + p + name + ">";
    }
}
