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
    private static final String AUDITOR_KEY = "sandbox-auditor-key";
    private static final String INTAKE_CLIENT = "npsp-intake";
    /** The portal's LoaiDoiTuong of a citizen applicant. */
    private static final String CITIZEN = "1";

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
            GatewayHttp http = new GatewayHttp(gateway.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            assertInboxesAsTheExpectedRoutingSays(http);
            assertTheApplicantLookupsAreAudited(http);
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

    /**
     * The intake's look-ups of applicants' addresses are in the audit trail, under each person looked up, naming the
     * online dossier they served (a jurisdiction routing needs the applicant's commune).
     */
    private void assertTheApplicantLookupsAreAudited(GatewayHttp http) {
        List<JsonNode> intakeAccesses = new ArrayList<>();
        for (JsonNode dossier : BundledFixtures.json("npsp/native/LayDanhSachHoSoTrucTuyen.json").get("result")) {
            if (!CITIZEN.equals(dossier.get("LoaiDoiTuong").asText())) {
                continue;
            }
            JsonNode accesses = GatewayHttp.json(http.get("/api/v1/audit/subjects/" + dossier.get("MaDoiTuong").asText()
                    + "/accesses", "X-API-Key", AUDITOR_KEY));
            for (JsonNode access : accesses) {
                if (INTAKE_CLIENT.equals(access.get("client").asText())) {
                    assertThat(access.get("dossier").asText()).isEqualTo(dossier.get("MaHoSo").asText());
                    assertThat(access.get("officer").asText()).isNotBlank();
                    assertThat(access.get("outcome").asText()).isIn("FOUND", "NOT_FOUND");
                    intakeAccesses.add(access);
                }
            }
        }
        assertThat(intakeAccesses).as("audited applicant look-ups").isNotEmpty();
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
