package vn.hanoi.gateway.dossiers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.KillableGateway;

/**
 * {@code kill -9} in the middle of the online intake: the real gateway jar (sandbox mode, H2 file in a temp dir,
 * the sandbox portal's ten online dossiers, three a run, a run a second) is killed once it has taken some and
 * not all, and started again on the same database. Every online dossier is then in the inbox exactly once, and
 * the persisted checkpoint is the last one's submission time: nothing lost, nothing taken twice.
 */
class GatewayKilledMidIntakeIT {

    private static final JsonNode ONLINE = BundledFixtures.json("npsp/native/LayDanhSachHoSoTrucTuyen.json").path("result");
    private static final JsonNode ROUTING = BundledFixtures.json("npsp/canonical/online-dossier-routing.json");

    @TempDir
    Path work;

    private KillableGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void everyOnlineDossierIsTakenExactlyOnceAcrossAKillAndTheCheckpointFollows() throws SQLException {
        gateway = new KillableGateway(work, List.of(
                "--gateway.intake.initial-delay=0s",
                "--gateway.intake.poll-interval=1s",
                "--gateway.intake.page-size=3",
                "--gateway.intake.max-pages-per-run=1",
                // the killed gateway's job lock lapses after at-most-for; the restarted one then takes the intake
                "--gateway.jobs.lock.at-most-for=3s",
                "--gateway.catalogue.enabled=false",
                "--gateway.dossiers.outbox.enabled=false")).start();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboxes().size() >= 3);
        gateway.kill();
        assertThat(taken()).as("killed mid-intake").hasSizeBetween(3, ONLINE.size() - 1);

        gateway.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxes().size() >= ONLINE.size());
        gateway.kill();

        assertThat(taken()).as("in the inbox, once each").containsExactlyInAnyOrderElementsOf(onlineCodes());
        assertThat(checkpoint()).as("the checkpoint is the last dossier's submission time")
                .isEqualTo(ONLINE.get(ONLINE.size() - 1).path("NgayTiepNhan").asText());
    }

    /** Every dossier code in every inbox the routing fixture names, a repeat kept. */
    private List<String> inboxes() {
        GatewayHttp http = gateway.http();
        Set<String> queries = new LinkedHashSet<>();
        ROUTING.forEach(dossier -> queries.add(dossier.at("/routing/unitCode").isNull() ? "decision=MANUAL_TRIAGE"
                : "unitCode=" + dossier.at("/routing/unitCode").asText()));
        List<String> codes = new ArrayList<>();
        for (String query : queries) {
            GatewayHttp.json(http.getAsOneStopShop("/api/v1/inbox?" + query))
                    .forEach(entry -> codes.add(entry.get("dossierCode").asText()));
        }
        return codes;
    }

    private List<String> onlineCodes() {
        return StreamSupport.stream(ONLINE.spliterator(), false).map(dossier -> dossier.path("MaHoSo").asText()).toList();
    }

    /** The inbox as the database holds it, read with the gateway down. */
    private List<String> taken() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection h2 = database(); Statement sql = h2.createStatement();
             ResultSet rows = sql.executeQuery("SELECT dossier_code FROM npsp_inbox")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private String checkpoint() throws SQLException {
        try (Connection h2 = database(); Statement sql = h2.createStatement();
             ResultSet row = sql.executeQuery("SELECT checkpoint FROM npsp_intake_checkpoint WHERE id = 1")) {
            row.next();
            return row.getString(1);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + KillableGateway.dataDirectory(work).resolve("gateway")
                + ";MODE=PostgreSQL;AUTO_SERVER=FALSE;IFEXISTS=TRUE", "sa", "");
    }
}
