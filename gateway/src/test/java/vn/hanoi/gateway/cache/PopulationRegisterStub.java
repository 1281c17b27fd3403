package vn.hanoi.gateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.hanoi.gateway.testing.BundledFixtures;

/** The population register as a WireMock server: a token for anyone, and the fixture citizens it is told to serve. */
final class PopulationRegisterStub implements AutoCloseable {

    private static final String SERVICE = "/ws/CongDanService";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    PopulationRegisterStub() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .willReturn(okJson("{\"access_token\":\"t-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Serves the fixture citizen {@code personalId} ({@code fixtures/population/native/<id>.xml}). */
    PopulationRegisterStub serving(String personalId) {
        server.stubFor(post(urlPathEqualTo(SERVICE)).withRequestBody(containing("SoDinhDanh>" + personalId + "<"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(fixture(personalId))));
        return this;
    }

    int lookupsOf(String personalId) {
        return server.findAll(postRequestedFor(urlPathEqualTo(SERVICE))
                .withRequestBody(containing("SoDinhDanh>" + personalId + "<"))).size();
    }

    private static String fixture(String personalId) {
        try {
            return Files.readString(BundledFixtures.root().resolve("population/native/" + personalId + ".xml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
