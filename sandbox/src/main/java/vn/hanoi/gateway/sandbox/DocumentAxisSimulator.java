package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national document axis ({@code document-axis.md}): token ({@value DocumentAxisBook#SECRET} for
 * {@code 000.00.00.H00}), organs, messages, inbox and acknowledgements, all answered by a {@link DocumentAxisBook}
 * (every rule of the contract, the organs' scripted answers, the fixtures' incoming transfers in the gateway's inbox).
 * Faults (slow, 5xx, 429) are WireMock stubs of higher priority, as for every simulator; early token expiry is
 * {@code POST /_sandbox/revoke-tokens}.
 */
final class DocumentAxisSimulator implements Simulator {

    @Override
    public String system() {
        return "document-axis";
    }

    @Override
    public Extension[] extensions(SandboxFixtures fixtures) {
        Map<String, String> incoming = new LinkedHashMap<>();
        fixtures.all("document-axis", "xml").forEach((name, edxml) -> {
            if (name.startsWith("incoming-")) {
                incoming.put(name, edxml);
            }
        });
        return new Extension[] {new DocumentAxisBook(incoming)};
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        server.stubFor(any(urlPathMatching("/(auth|edxml|_sandbox)/.*")).atPriority(5)
                .willReturn(Json.ok("").withTransformers(DocumentAxisBook.NAME)));
    }
}
