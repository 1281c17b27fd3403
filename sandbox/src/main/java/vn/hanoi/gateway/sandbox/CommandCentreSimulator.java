package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;

/**
 * The Government's command and information centre ({@code command-centre.md}): {@code /ioc/v1/indicators} with the
 * sandbox key ({@value #API_KEY}, unit {@value #REPORTING_UNIT}) is answered by a {@link CommandCentreBook}, which
 * checks every rule of the report and keeps what it stored; without it, 401 {@code BAD_KEY}.
 */
final class CommandCentreSimulator implements Simulator {

    static final String API_KEY = "sandbox-ioc-key";
    static final String REPORTING_UNIT = "000.00.00.H00";
    private static final String PATH = "/ioc/v1/indicators";

    @Override
    public String system() {
        return "command-centre";
    }

    @Override
    public Extension[] extensions(SandboxFixtures fixtures) {
        return new Extension[] {new CommandCentreBook(REPORTING_UNIT)};
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        server.stubFor(any(urlPathEqualTo(PATH)).atPriority(1).withHeader("X-IOC-Key", equalTo(API_KEY))
                .willReturn(Json.ok("").withTransformers(CommandCentreBook.NAME)));
        server.stubFor(any(urlPathEqualTo(PATH)).atPriority(9)
                .willReturn(Json.status(401, "{\"code\":\"BAD_KEY\",\"message\":\"Sai hoặc thiếu X-IOC-Key\"}")));
    }
}
