package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The population register ({@code population.md}): OAuth2 client-credentials token at
 * {@code /oauth2/token}, SOAP {@code TraCuuThongTinCongDan} at {@code /ws/CongDanService} answering each
 * fixture citizen, {@code MaKetQua 01} for anyone else, HTTP 401 without the token.
 */
final class PopulationSimulator implements Simulator {

    static final String CLIENT_ID = "hanoi-gateway";
    static final String CLIENT_SECRET = "sandbox-population-secret";
    static final String TOKEN = "sandbox-population-token";
    private static final String SERVICE = "/ws/CongDanService";

    @Override
    public String system() {
        return "population";
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        OAuthStubs.clientCredentialsForm(server, "/oauth2/token", CLIENT_ID, CLIENT_SECRET, TOKEN, 3600);
        fixtures.all("population/native", "xml").forEach((personalId, envelope) ->
                server.stubFor(OAuthStubs.withBearer(POST, urlPathEqualTo(SERVICE), TOKEN)
                        .withRequestBody(containing("SoDinhDanh>" + personalId + "<"))
                        .willReturn(Soap.ok(envelope))));
        OAuthStubs.otherwise(server, POST, urlPathEqualTo(SERVICE), TOKEN, Soap.ok(NOT_FOUND));
    }

    private static final String NOT_FOUND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cd="urn:vn:gov:dancu:congdan:v1">
              <soapenv:Body>
                <cd:TraCuuThongTinCongDanResponse>
                  <cd:MaKetQua>01</cd:MaKetQua>
                  <cd:MoTa>Không tìm thấy công dân</cd:MoTa>
                  <cd:CongdanCollection/>
                </cd:TraCuuThongTinCongDanResponse>
              </soapenv:Body>
            </soapenv:Envelope>
            """;
}
