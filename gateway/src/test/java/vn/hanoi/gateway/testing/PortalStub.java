package vn.hanoi.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A National Public Service Portal in the test JVM that accepts every delivery ({@code error_code 00}) and
 * records it, and can be told to fail a dossier's calls, expire the session once, or answer slowly. A result
 * upload ({@code TaiLenTepKetQua}) is answered as {@code npsp.md} says: {@code IdTep} {@code {MaHoSo}-KQ{nn}},
 * the same one for a repeat of ({@code MaHoSo}, {@code MaHash}); {@link #resultFiles()} is that record.
 */
public final class PortalStub implements AutoCloseable {

    public static final String SESSION = "test-session";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTEGRATION = "/api/integration";

    private final ResultFiles resultFiles = new ResultFiles();
    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .jettyAcceptors(2).containerThreads(20).extensions(resultFiles));

    /** One call as the portal received it. */
    public record Delivery(String service, JsonNode item) {
        public String dossierCode() {
            return item.path("MaHoSo").asText();
        }

        /** What the portal keys a progress update by: (MaHoSo, TrangThai, ThoiDiemXuLy). */
        public List<String> progressKey() {
            return List.of(dossierCode(), item.path("TrangThai").asText(), item.path("ThoiDiemXuLy").asText());
        }
    }

    private final Map<String, StubMapping> failures = new ConcurrentHashMap<>();

    public PortalStub() {
        server.start();
        reset(0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Forgets what was received and every special answer; each integration call then takes {@code delayMillis}. */
    public void reset(int delayMillis) {
        server.resetAll();
        failures.clear();
        resultFiles.clear();
        server.stubFor(post(urlPathEqualTo("/api/auth"))
                .willReturn(json("{\"session\":\"" + SESSION + "\",\"error_code\":\"00\"}")));
        server.stubFor(post(urlPathEqualTo(INTEGRATION)).atPriority(9)
                .willReturn(json("{\"error_code\":\"00\",\"message\":\"Thành công\"}").withFixedDelay(delayMillis)));
        server.stubFor(post(urlPathEqualTo(INTEGRATION)).atPriority(8)
                .withRequestBody(matchingJsonPath("$.service", equalTo("TaiLenTepKetQua")))
                .willReturn(json("").withFixedDelay(delayMillis).withTransformers(ResultFiles.NAME)));
    }

    /** The result files the portal holds: their {@code IdTep} by ({@code MaHoSo}, {@code MaHash}). */
    public Map<List<String>, String> resultFiles() {
        return resultFiles.held();
    }

    /** Every {@code TaiLenTepKetQua} received, in arrival order, as ({@code MaHoSo}, {@code MaHash}). */
    public List<List<String>> uploads() {
        return calls().stream().filter(call -> "TaiLenTepKetQua".equals(call.path("service").asText()))
                .map(call -> List.of(call.path("MaHoSo").asText(), call.path("MaHash").asText())).toList();
    }

    /** Every call about {@code dossierCode} gets HTTP {@code status} with {@code body}, until {@link #heal}. */
    public void fail(String dossierCode, int status, String body) {
        failures.put(dossierCode, server.stubFor(about(dossierCode).atPriority(1).willReturn(json(body).withStatus(status))));
    }

    public void heal(String dossierCode) {
        server.removeStub(failures.remove(dossierCode));
    }

    /** The next call about {@code dossierCode} is told its session expired ({@code 03}); later ones succeed. */
    public void expireSessionOnce(String dossierCode) {
        server.stubFor(about(dossierCode).atPriority(2).inScenario("expiry-" + dossierCode)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired")
                .willReturn(json("{\"error_code\":\"03\",\"message\":\"Phiên làm việc không hợp lệ\"}")));
    }

    public int logins() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/auth"))).size();
    }

    /** The integration calls received, in arrival order, one per {@code data[]} item. */
    public List<Delivery> deliveries() {
        return server.findAll(postRequestedFor(urlPathEqualTo(INTEGRATION))).stream()
                .map(request -> read(request.getBodyAsString()))
                .flatMap(call -> stream(call.path("data")).map(item -> new Delivery(call.path("service").asText(), item)))
                .toList();
    }

    /** The raw integration calls received, in arrival order. */
    public List<JsonNode> calls() {
        return server.findAll(postRequestedFor(urlPathEqualTo(INTEGRATION))).stream()
                .map(request -> read(request.getBodyAsString())).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The portal's record of result files: one {@code IdTep} per (MaHoSo, MaHash), numbered per dossier. */
    private static final class ResultFiles implements ResponseDefinitionTransformerV2 {

        static final String NAME = "portal-stub-result-files";
        private final Map<List<String>, String> held = new LinkedHashMap<>();

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public synchronized ResponseDefinition transform(ServeEvent event) {
            JsonNode call = read(event.getRequest().getBodyAsString());
            String dossierCode = call.path("MaHoSo").asText();
            String id = held.computeIfAbsent(List.of(dossierCode, call.path("MaHash").asText()), key ->
                    String.format("%s-KQ%02d", dossierCode, held.keySet().stream()
                            .filter(file -> file.get(0).equals(dossierCode)).count() + 1));
            return ResponseDefinitionBuilder.like(event.getResponseDefinition())
                    .withBody("{\"error_code\":\"00\",\"message\":\"Thành công\",\"result\":{\"IdTep\":\"" + id + "\"}}")
                    .build();
        }

        synchronized Map<List<String>, String> held() {
            return Map.copyOf(held);
        }

        synchronized void clear() {
            held.clear();
        }
    }

    private static MappingBuilder about(String dossierCode) {
        return post(urlPathEqualTo(INTEGRATION)).withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == '" + dossierCode + "')]"));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
