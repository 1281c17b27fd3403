package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.testing.KillableGateway;
import vn.hanoi.gateway.testing.PortalStub;

/**
 * {@code kill -9} in the middle of delivery: the real gateway jar (sandbox mode, H2 file in a temp dir, the
 * portal a slow stub in this JVM) accepts dossiers and progress, is killed while delivering, and started again
 * on the same database. Every accepted change must reach the portal, each dossier's in order, and no progress
 * may arrive twice in a way the portal counts twice: as the portal keeps them, by (MaHoSo, TrangThai,
 * ThoiDiemXuLy), every dossier's progress is exactly what was accepted.
 */
class GatewayKilledMidDeliveryIT {

    private static final int DOSSIERS = 6;
    private static final String[][] STEPS = {{"ACCEPTED", "5"}, {"PROCESSING", "30"}, {"PROCESSING", "60"},
            {"PROCESSED", "90"}};

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
    void everyAcceptedChangeReachesThePortalInOrderAndNoProgressCountsTwice() {
        portal.reset(120);
        gateway = new KillableGateway(work, List.of(
                "--gateway.connectors.npsp.base-url=" + portal.baseUrl(),
                "--gateway.connectors.npsp.deadline=1s",
                "--gateway.connectors.npsp.attempt-timeout=800ms",
                "--gateway.dossiers.outbox.poll-interval=100ms",
                "--gateway.dossiers.outbox.batch-size=4",
                "--gateway.dossiers.outbox.lease=2s",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false")).start();
        Map<String, List<List<String>>> accepted = new LinkedHashMap<>();
        for (int d = 0; d < DOSSIERS; d++) {
            String code = code(200 + d);
            assertThat(api().register(dossier(code)).statusCode()).isEqualTo(202);
            accepted.put(code, new ArrayList<>());
        }
        for (int step = 0; step < STEPS.length - 1; step++) {
            postStep(step, accepted);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> portal.deliveries().size() >= 8);
        gateway.kill();
        int deliveredBeforeKill = portal.deliveries().size();
        assertThat(deliveredBeforeKill).as("killed mid-stream").isLessThan(DOSSIERS * STEPS.length);

        gateway.start();
        postStep(STEPS.length - 1, accepted);

        await().atMost(Duration.ofSeconds(45)).until(() -> portalView().equals(accepted));
        List<PortalStub.Delivery> deliveries = portal.deliveries();
        for (String code : accepted.keySet()) {
            List<String> services = deliveries.stream().filter(d -> d.dossierCode().equals(code))
                    .map(PortalStub.Delivery::service).toList();
            assertThat(services.lastIndexOf("DongBoHoSoMC")).as(code + ": the dossier before its progress")
                    .isLessThan(services.indexOf("CapNhatTienDoHoSoMC")).isNotNegative();
        }
        assertThat(deliveries).filteredOn(d -> d.service().equals("CapNhatTienDoHoSoMC"))
                .extracting(PortalStub.Delivery::progressKey)
                .as("every delivery is an accepted change; a repeat can only be one of the call in flight at the kill, "
                        + "which carries at most one change per dossier")
                .allSatisfy(key -> assertThat(accepted.get(key.get(0))).contains(key))
                .hasSizeLessThanOrEqualTo(DOSSIERS * STEPS.length + DOSSIERS);
    }

    private DossierRequests api() {
        return new DossierRequests(gateway.http());
    }

    private void postStep(int step, Map<String, List<List<String>>> accepted) {
        for (String code : accepted.keySet()) {
            ObjectNode update = progress(STEPS[step][0], Integer.parseInt(STEPS[step][1]));
            assertThat(api().progress(code, update).statusCode()).as(gateway.tail()).isEqualTo(202);
            accepted.get(code).add(List.of(code, portalCode(STEPS[step][0]),
                    PortalTime.format(DossierRequests.RECEIVED_AT.plusMinutes(Integer.parseInt(STEPS[step][1])))));
        }
    }

    /** Each dossier's progress as the portal keeps it: in arrival order, a repeated key dropped. */
    private Map<String, List<List<String>>> portalView() {
        Map<String, Set<List<String>>> kept = new LinkedHashMap<>();
        portal.deliveries().stream().filter(d -> d.service().equals("CapNhatTienDoHoSoMC"))
                .forEach(d -> kept.computeIfAbsent(d.dossierCode(), c -> new LinkedHashSet<>()).add(d.progressKey()));
        Map<String, List<List<String>>> view = new LinkedHashMap<>();
        kept.forEach((code, keys) -> view.put(code, List.copyOf(keys)));
        return view;
    }

    private static String portalCode(String status) {
        return DossierStatus.valueOf(status).portalCode();
    }
}
