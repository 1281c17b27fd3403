package vn.hanoi.gateway.dossiers.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The inbox reader against the sandbox's document axis, which starts with the incoming fixtures in the gateway's
 * inbox and checks every rule of its contract: they are read, acknowledged (a second read finds nothing new) and
 * routed as {@code expected-routing.json} says; a unit's refusal goes back to the sender as a status the axis accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.catalogue.enabled=false", "gateway.dossiers.outbox.enabled=false"})
class AxisInboxSandboxIT {

    @LocalServerPort
    int port;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeededIncomingTransfersAreReadOnceRoutedAndAnswered() {
        assertThat(run("direct:document-axis-inbox")).as("the two incoming fixtures").isEqualTo(2);
        assertThat(run("direct:document-axis-inbox")).as("acknowledged: nothing new").isZero();

        GatewayHttp http = new GatewayHttp(port);
        List<String> entries = IncomingInboxes.assertAsTheExpectedRoutingSays(http, jdbc);

        HttpResponse<String> refused = http.send("POST", "/api/v1/inbox/" + entries.get(1) + "/acceptance",
                "{\"decision\": \"REFUSED\", \"reason\": \"Không thuộc thẩm quyền\", \"officer\": \"can-bo-1\"}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY, "Content-Type", "application/json");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);

        assertThat(run("direct:document-axis-answers")).as("the refusal accepted by the axis").isEqualTo(1);
        JsonNode answer = GatewayHttp.json(http.send("POST", "/api/v1/inbox/" + entries.get(1) + "/acceptance",
                "{\"decision\": \"REFUSED\", \"reason\": \"Không thuộc thẩm quyền\", \"officer\": \"can-bo-1\"}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY, "Content-Type", "application/json")).path("answer");
        assertThat(answer.path("state").asText()).as(answer.toString()).isEqualTo("SENT");
        assertThat(answer.path("statusCode").asText()).isEqualTo("02");
    }

    private int run(String job) {
        return camel.requestBody(job, null, Integer.class);
    }
}
