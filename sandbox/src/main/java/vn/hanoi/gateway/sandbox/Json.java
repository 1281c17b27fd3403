package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** JSON answers, bodies sent exactly as given (fixtures stay byte-equal on the wire). */
final class Json {

    private Json() {
    }

    static ResponseDefinitionBuilder ok(String body) {
        return status(200, body);
    }

    static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }
}
