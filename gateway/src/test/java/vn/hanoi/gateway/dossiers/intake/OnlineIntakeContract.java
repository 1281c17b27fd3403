package vn.hanoi.gateway.dossiers.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The online intake against the sandbox portal and population register, on whichever database the subclass
 * names, with a restart in the middle: three dossiers per page, one page per run, so each run shows where it
 * started. Every fixture online dossier lands once in the inbox {@code online-dossier-routing.json} names.
 */
abstract class OnlineIntakeContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The datasource (and Flyway) properties of a database that outlives one application context. */
    abstract Map<String, Object> database();

    @Test
    void takesEveryOnlineDossierOnceIntoTheInboxItsRoutingNamesAcrossARestart() {
        Map<String, Object> database = database();
        List<Integer> taken = new ArrayList<>();
        try (ConfigurableApplicationContext gateway = start(database)) {
            taken.add(intake(gateway));
        }
        try (ConfigurableApplicationContext gateway = start(database)) {
            do {
                taken.add(intake(gateway));
            } while (taken.get(taken.size() - 1) > 0 && taken.size() < 12);

            assertThat(taken.get(0)).as("first run, first page").isEqualTo(3);
            assertThat(taken.get(1)).as("after the restart: from the checkpoint (inclusive), not from the start")
                    .isEqualTo(2);
            assertThat(taken.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
            assertThat(taken.get(taken.size() - 1)).isZero();
            assertInboxesAsTheExpectedRoutingSays(new GatewayHttp(
                    gateway.getEnvironment().getRequiredProperty("local.server.port", Integer.class)));
        }
    }

    private void assertInboxesAsTheExpectedRoutingSays(GatewayHttp http) {
        JsonNode expected = BundledFixtures.json("npsp/canonical/online-dossier-routing.json");
        ArrayNode offered = JSON.createArrayNode();
        List<String> seen = new ArrayList<>();
        for (JsonNode dossier : expected) {
            JsonNode routing = dossier.get("routing");
            String query = routing.get("unitCode").isNull() ? "decision=MANUAL_TRIAGE"
                    : "unitCode=" + routing.get("unitCode").asText();
            JsonNode inbox = GatewayHttp.json(http.getAsOneStopShop("/api/v1/inbox?" + query));
            for (JsonNode entry : inbox) {
                assertThat(entry.get("receivedAt").asText()).endsWith("+07:00");
                if (entry.get("dossierCode").equals(dossier.get("dossierCode"))) {
                    offered.addObject().put("dossierCode", entry.get("dossierCode").asText())
                            .put("procedureCode", entry.get("procedureCode").asText())
                            .set("routing", entry.get("routing"));
                }
                seen.add(entry.get("dossierCode").asText());
            }
        }
        assertThat(JsonFieldDiff.between(expected, offered)).isEmpty();
        assertThat(seen).doesNotHaveDuplicates().hasSize(expected.size());
    }

    private static int intake(ConfigurableApplicationContext gateway) {
        return gateway.getBean(ProducerTemplate.class).requestBody("direct:npsp-intake", null, Integer.class);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--gateway.intake.enabled=false",
                "--gateway.intake.page-size=3",
                "--gateway.intake.max-pages-per-run=1",
                "--gateway.catalogue.enabled=false",
                "--gateway.dossiers.outbox.enabled=false"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
    }
}
