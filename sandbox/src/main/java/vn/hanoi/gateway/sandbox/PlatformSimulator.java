package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.function.UnaryOperator;

/**
 * The national data-sharing platform ({@code platform.md}): {@code POST /auth/token} for this city's consumer
 * credentials, {@code GET /health}, and {@code /relay/{providerCode}/…} relaying to the provider simulators
 * ({@link PlatformRelay}). Its base URL goes to {@code gateway.platform.base-url}; a register uses it when its
 * {@code transport} is {@code platform}. Its own faults: a lookup for a dossier (purpose) of the agency
 * {@code SANDBOX.PLATFORM.<status>} is answered with the platform's error of that HTTP status (e.g.
 * {@code SANDBOX.PLATFORM.503-261201-0001}: {@code PLATFORM_UNAVAILABLE}), so that they can be tried by hand.
 */
final class PlatformSimulator implements Simulator {

    static final String CONSUMER_CODE = "000.00.00.H00";
    static final String CONSUMER_SECRET = "sandbox-platform-secret";
    static final String TOKEN = "sandbox-platform-token";

    private UnaryOperator<String> baseUrlOfSystem = system -> null;

    @Override
    public String system() {
        return "platform";
    }

    @Override
    public String baseUrlKey() {
        return "gateway.platform.base-url";
    }

    @Override
    public void locate(UnaryOperator<String> baseUrlOfSystem) {
        this.baseUrlOfSystem = baseUrlOfSystem;
    }

    @Override
    public Extension[] extensions(SandboxFixtures fixtures) {
        return new Extension[] {new PlatformRelay(CONSUMER_CODE, TOKEN, baseUrlOfSystem)};
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        server.stubFor(post(urlPathEqualTo("/auth/token")).atPriority(1)
                .withRequestBody(equalToJson("{\"consumerCode\": \"" + CONSUMER_CODE + "\", \"consumerSecret\": \""
                        + CONSUMER_SECRET + "\"}"))
                .willReturn(Json.ok("{\"token\": \"" + TOKEN + "\", \"expiresIn\": 600}")));
        server.stubFor(post(urlPathEqualTo("/auth/token")).atPriority(9).willReturn(Json.status(401,
                "{\"errorCode\": \"AUTH_FAILED\", \"message\": \"Sai mã hoặc khóa bên khai thác\"}")));
        server.stubFor(get(urlPathEqualTo("/health")).willReturn(Json.ok("{\"status\": \"UP\"}")));
        server.stubFor(any(urlPathMatching("/relay/.*")).willReturn(Json.ok("{}").withTransformers(PlatformRelay.NAME)));
    }
}
