package vn.hanoi.gateway.dossiers.incoming;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;

/**
 * The document axis's token, inbox and ack endpoints in the test JVM: a page of items is served to whatever cursor is
 * asked after, tokens are handed out in turn ({@code t1}, then {@code t2}), and the ack can be made to fail.
 */
final class AxisInboxStub implements AutoCloseable {

    static final String ORGAN = "000.00.00.H00";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    /** An inbox item as the axis lists it. */
    record Item(String cursor, String messageId, String kind, String from, String documentId, String responseFor,
                String statusCode, String receivedAt, String edxml) {
    }

    AxisInboxStub() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/auth/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(equalToJson("{\"organId\": \"" + ORGAN + "\", \"secret\": \"sandbox-axis-secret\"}"))
                .willReturn(json(200, "{\"token\": \"t1\", \"expiresIn\": 1800}")).willSetStateTo("second"));
        server.stubFor(post(urlPathEqualTo("/auth/token")).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(json(200, "{\"token\": \"t2\", \"expiresIn\": 1800}")));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The first token is refused as expired early (401 BAD_TOKEN) on every inbox read. */
    void refuseTheFirstToken() {
        server.stubFor(get(urlPathEqualTo("/edxml/v1/inbox")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer t1"))
                .willReturn(json(401, "{\"code\": \"BAD_TOKEN\", \"message\": \"expired\"}")));
    }

    /** Serves {@code items} to a read after {@code after} (null: a read without a cursor). */
    void serve(String after, List<Item> items) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode listed = page.putArray("items");
        items.forEach(item -> listed.add(JSON.valueToTree(item)));
        page.put("nextCursor", items.isEmpty() ? after : items.get(items.size() - 1).cursor());
        page.put("hasMore", false);
        server.stubFor(get(urlPathEqualTo("/edxml/v1/inbox")).atPriority(5)
                .withQueryParam("organId", equalTo(ORGAN)).withQueryParam("limit", equalTo("50"))
                .withQueryParam("after", after == null ? absent() : equalTo(after))
                .withHeader("Authorization", equalTo("Bearer t2"))
                .willReturn(json(200, page.toString())));
    }

    void acknowledgeWith(int status) {
        server.stubFor(post(urlPathEqualTo("/edxml/v1/ack")).withHeader("Authorization", equalTo("Bearer t2"))
                .willReturn(json(status, status == 200 ? "{\"acknowledged\": 1}" : "{\"code\": \"SERVER_ERROR\"}")));
    }

    int acknowledgementsUpTo(String cursor) {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/edxml/v1/ack"))
                .withRequestBody(equalToJson("{\"organId\": \"" + ORGAN + "\", \"upTo\": \"" + cursor + "\"}"))
                .build()).getCount();
    }

    /** The axis accepts every message posted ({@code 201}). */
    void acceptMessages() {
        server.stubFor(post(urlPathEqualTo("/edxml/v1/messages")).withHeader("Authorization", equalTo("Bearer t2"))
                .withHeader("Content-Type", containing("application/xml"))
                .willReturn(json(201, "{\"messageId\": \"AX-900001\", \"acceptedAt\": \"2026-11-28T10:00:00+07:00\"}")));
    }

    /** The bodies of the messages posted, oldest first. */
    List<String> messagesPosted() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/edxml/v1/messages"))).stream()
                .map(request -> request.getBodyAsString()).toList();
    }

    int tokensFetched() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/auth/token")).build()).getCount();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
