package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;
import static vn.hanoi.gateway.dossiers.DossierRequests.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.testing.KillableGateway;
import vn.hanoi.gateway.testing.PortalStub;

/**
 * {@code kill -9} while result files are being uploaded ({@code TaiLenTepKetQua}): the real gateway jar (sandbox
 * mode, its warehouse seeded with the signed samples) is killed once the portal stub has received an upload, and
 * started again on the same data. Checked against the portal's own record: each dossier's result file is held
 * once (a repeated upload got the same {@code IdTep}), every dossier's last sync lists exactly that file, no sync
 * names a file before its upload answered, and the gateway shows the portal's id.
 */
class GatewayKilledMidResultUploadIT {

    private static final int DOSSIERS = 4;
    private static final String GOOD_SHA256 = "5d16bd1d4783c60b3c0ea9d5a7f675966fc65050c86a9a72fd2fdd8ffb571244";

    @TempDir
    Path work;

    private final PortalStub portal = new PortalStub();
    private KillableGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        portal.close();
    }

    @Test
    void noResultFileIsLostOrHeldTwiceAndEverySyncNamesOnlyUploadedFiles() {
        portal.reset(300);
        gateway = new KillableGateway(work, List.of(
                "--gateway.connectors.npsp.base-url=" + portal.baseUrl(),
                "--gateway.connectors.npsp.deadline=1s",
                "--gateway.connectors.npsp.attempt-timeout=800ms",
                "--gateway.dossiers.outbox.poll-interval=100ms",
                "--gateway.dossiers.outbox.batch-size=2",
                "--gateway.dossiers.outbox.lease=2s",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false")).start();
        List<String> codes = IntStream.range(0, DOSSIERS).mapToObj(d -> code(600 + d)).toList();
        for (String code : codes) {
            assertThat(api().register(ofSignedSamplesOwner(code)).statusCode()).as(gateway.tail()).isEqualTo(202);
            assertThat(api().progress(code, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
            assertThat(api().progress(code, progress("PROCESSED", 60)).statusCode()).isEqualTo(202);
            assertThat(api().result(code, result("1/QĐ", "WH-SIG-GOOD")).statusCode()).isEqualTo(202);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> !portal.uploads().isEmpty());
        gateway.kill();
        assertThat(portal.resultFiles()).as("killed mid-stream").hasSizeLessThan(DOSSIERS);

        gateway.start();
        await().atMost(Duration.ofSeconds(45)).until(() -> codes.stream()
                .allMatch(code -> "SYNCED".equals(api().view(code).at("/sync/state").asText())));

        Map<List<String>, String> held = portal.resultFiles();
        assertThat(held).as("one file per dossier, each held once").hasSize(DOSSIERS);
        for (String code : codes) {
            String id = held.get(List.of(code, GOOD_SHA256));
            assertThat(id).as(code).isEqualTo(code + "-KQ01");
            assertThat(api().view(code).at("/results/0/portalFileId").asText()).isEqualTo(id);
            List<JsonNode> syncs = syncsOf(code);
            assertThat(syncs.get(syncs.size() - 1).get("DanhSachGiayToKetQua"))
                    .extracting(listed -> listed.get("IdTep").asText()).containsExactly(id);
        }
        List<String> uploadedSoFar = new ArrayList<>();
        for (JsonNode call : portal.calls()) {
            if ("TaiLenTepKetQua".equals(call.path("service").asText())) {
                uploadedSoFar.add(held.get(List.of(call.path("MaHoSo").asText(), call.path("MaHash").asText())));
            }
            call.path("data").forEach(item -> item.path("DanhSachGiayToKetQua").forEach(listed ->
                    assertThat(uploadedSoFar).as("a sync names only files already uploaded")
                            .contains(listed.get("IdTep").asText())));
        }
    }

    private List<JsonNode> syncsOf(String code) {
        return portal.deliveries().stream().filter(d -> d.service().equals("DongBoHoSoMC"))
                .filter(d -> d.dossierCode().equals(code)).map(PortalStub.Delivery::item).toList();
    }

    private DossierRequests api() {
        return new DossierRequests(gateway.http());
    }

    /** A dossier of the signed samples' owner, without documents of its own. */
    private static ObjectNode ofSignedSamplesOwner(String code) {
        ObjectNode dossier = dossier(code);
        ((ObjectNode) dossier.get("applicant")).put("id", "001226000011").put("name", "Trần Thị Bình");
        dossier.putArray("documents");
        return dossier;
    }
}
