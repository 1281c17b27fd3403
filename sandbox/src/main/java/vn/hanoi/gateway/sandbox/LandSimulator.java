package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The land database ({@code land.md}, {@code ThuaDatService.wsdl}): client-credentials token at
 * {@code /oauth2/token} as for population; SOAP at {@code /ws/ThuaDatService} answering
 * {@code TraCuuThuaDat {MaXa, SoHieuBanDo, SoThuTuThua}} with the fixture named
 * {@code <MaXa>-<sheet>-<parcel>} and {@code TraCuuTheoGiayChungNhan {SoPhatHanhGCN}} with the fixture
 * holding that certificate serial. Body elements match whatever their namespace prefix. Anything else
 * with the token gets {@code MaKetQua 01}; without it, HTTP 401.
 */
final class LandSimulator implements Simulator {

    static final String CLIENT_ID = "hanoi-gateway";
    static final String CLIENT_SECRET = "sandbox-land-secret";
    static final String TOKEN = "sandbox-land-token";
    private static final String SERVICE = "/ws/ThuaDatService";
    private static final Pattern SERIAL = Pattern.compile("SoPhatHanhGCN>\\s*([^<]*?)\\s*<");

    @Override
    public String system() {
        return "land";
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        OAuthStubs.clientCredentialsForm(server, "/oauth2/token", CLIENT_ID, CLIENT_SECRET, TOKEN, 3600);
        fixtures.all("land/native", "xml").forEach((parcel, envelope) -> {
            String[] key = parcel.split("-", 3);
            server.stubFor(call("TraCuuThuaDat")
                    .withRequestBody(Soap.element("MaXa", key[0]))
                    .withRequestBody(Soap.element("SoHieuBanDo", key[1]))
                    .withRequestBody(Soap.element("SoThuTuThua", key[2]))
                    .willReturn(Soap.ok(envelope)));
            Matcher serial = SERIAL.matcher(envelope);
            if (serial.find()) {
                server.stubFor(call("TraCuuTheoGiayChungNhan")
                        .withRequestBody(Soap.element("SoPhatHanhGCN", serial.group(1)))
                        .willReturn(Soap.ok(envelope)));
            }
        });
        OAuthStubs.otherwise(server, POST, urlPathEqualTo(SERVICE), TOKEN, Soap.ok(NOT_FOUND));
    }

    private static MappingBuilder call(String action) {
        return OAuthStubs.withBearer(POST, urlPathEqualTo(SERVICE), TOKEN).withHeader("SOAPAction", Soap.action(action));
    }

    private static final String NOT_FOUND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tdd="urn:vn:gov:datdai:thuadat:v1">
              <soapenv:Body>
                <tdd:TraCuuThuaDatResponse>
                  <tdd:MaKetQua>01</tdd:MaKetQua>
                  <tdd:MoTa>Không tìm thấy thửa đất</tdd:MoTa>
                </tdd:TraCuuThuaDatResponse>
              </soapenv:Body>
            </soapenv:Envelope>
            """;
}
