package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** SOAP 1.1 answers. */
final class Soap {

    private Soap() {
    }

    static ResponseDefinitionBuilder ok(String envelope) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope.strip());
    }
}
