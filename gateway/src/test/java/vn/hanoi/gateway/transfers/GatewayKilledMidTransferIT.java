package vn.hanoi.gateway.transfers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.dossiers.DossierRequests;
import vn.hanoi.gateway.sandbox.StandaloneSimulator;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.KillableGateway;

/**
 * {@code kill -9} while transfers are being sent: the real gateway jar sends to the sandbox axis running in the test
 * JVM (so the axis outlives the gateway), whose answers are held back longer than the gateway waits after it accepted
 * each document, so the gateway sees no answer (and retries) for documents the axis took, and is killed in the middle
 * of that. Started again on the same data, every
 * transfer ends accepted (SENT, then what the recipient answers); checked against the axis's own record: each DocumentId accepted exactly once, and each transfer
 * shows the messageId the axis gave it first.
 */
class GatewayKilledMidTransferIT {

    private static final int TRANSFERS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final StandaloneSimulator axis = StandaloneSimulator.start("document-axis");
    private KillableGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        axis.close();
    }

    @Test
    void noTransferIsLostOrAcceptedTwice() throws Exception {
        URI base = URI.create(axis.baseUrl());
        new WireMock(base.getHost(), base.getPort()).register(post(urlPathEqualTo("/edxml/v1/messages")).atPriority(1)
                .willReturn(aResponse().withTransformers("document-axis-book").withFixedDelay(3000)));
        gateway = new KillableGateway(work, List.of(
                "--gateway.connectors.document-axis.base-url=" + axis.baseUrl(),
                "--gateway.connectors.document-axis.poll-interval=200ms",
                "--gateway.connectors.document-axis.sending.initial-backoff=200ms",
                // The killed instance held the sending job's lock: the new one may take it over after this.
                "--gateway.jobs.lock.at-most-for=5s",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false")).start();
        List<String> codes = IntStream.range(0, TRANSFERS).mapToObj(i -> String.format("000.00.00.H00-261128-%04d", 900 + i))
                .toList();
        Map<String, String> documentIds = new HashMap<>();
        for (String code : codes) {
            ObjectNode dossier = DossierRequests.dossier(code);
            dossier.putArray("documents");
            assertThat(new DossierRequests(gateway.http()).register(dossier).statusCode()).as(gateway.tail()).isEqualTo(202);
            HttpResponse<String> created = gateway.http().send("POST", "/api/v1/dossiers/" + code + "/transfers",
                    transfer(), headers(code));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
            documentIds.put(code, GatewayHttp.json(created).get("documentId").asText());
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> accepted().size() >= 1);
        gateway.kill();

        gateway.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> codes.stream().allMatch(code -> !transferOf(code).get("messageId").isNull()));

        JsonNode accepted = accepted();
        assertThat(accepted).as("each DocumentId accepted once").hasSize(TRANSFERS);
        for (String code : codes) {
            JsonNode transfer = transferOf(code);
            JsonNode atTheAxis = find(accepted, documentIds.get(code));
            assertThat(atTheAxis).as(code).isNotNull();
            assertThat(transfer.get("messageId").asText()).isEqualTo(atTheAxis.get("messageId").asText());
        }
    }

    private JsonNode transferOf(String code) {
        return GatewayHttp.json(gateway.http().get("/api/v1/dossiers/" + code + "/transfers", headers(code))).get(0);
    }

    private JsonNode accepted() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(axis.baseUrl() + "/_sandbox/accepted")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }

    private static JsonNode find(JsonNode accepted, String documentId) {
        for (JsonNode item : accepted) {
            if (documentId.equals(item.get("documentId").asText())) {
                return item;
            }
        }
        return null;
    }

    private static String transfer() {
        ObjectNode transfer = JSON.createObjectNode().put("recipientOrganId", "000.00.00.G03").put("purpose", "HAND_OVER")
                .put("subject", "Chuyển hồ sơ theo thẩm quyền");
        transfer.putArray("documents");
        return transfer.toString();
    }

    private static String[] headers(String code) {
        return new String[] {"Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", code, "X-Officer-Id", "can-bo-1"};
    }
}
