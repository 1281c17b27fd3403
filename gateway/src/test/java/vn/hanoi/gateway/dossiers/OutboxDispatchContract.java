package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PortalStub;

/**
 * The outbox and its dispatcher against a portal stub, on whichever database the subclass names: translation,
 * per-dossier order, backoff, parking, replay, re-login. The dispatcher runs when a test says
 * ({@code direct:npsp-dispatch}), not on its timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.dossiers.outbox.enabled=false",
        "gateway.dossiers.outbox.max-attempts=3",
        "gateway.dossiers.outbox.initial-backoff=1s",
        "gateway.dossiers.outbox.multiplier=2",
        "gateway.dossiers.outbox.jitter=0.2",
        "gateway.dossiers.outbox.lease=10s",
        "gateway.connectors.npsp.deadline=2s",
        "gateway.connectors.npsp.attempt-timeout=1s",
        "gateway.connectors.npsp.circuit-breaker.sliding-window-size=1000",
        "gateway.connectors.npsp.circuit-breaker.minimum-number-of-calls=1000",
        "gateway.catalogue.enabled=false"})
abstract class OutboxDispatchContract {

    static final PortalStub PORTAL = new PortalStub();
    private static final String OPS_KEY = "sandbox-ops-key";

    @LocalServerPort
    int port;

    @Autowired
    ProducerTemplate routes;

    @Autowired
    JdbcClient jdbc;

    private GatewayHttp http;
    private DossierRequests api;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("gateway.connectors.npsp.base-url", PORTAL::baseUrl);
    }

    @BeforeEach
    void freshPortal() {
        PORTAL.reset(0);
        http = new GatewayHttp(port);
        api = new DossierRequests(http);
    }

    @Test
    void deliversADossierAndItsProgressTranslatedAndInOrder() {
        String code = code(1);
        assertThat(GatewayHttp.json(api.register(dossier(code))).get("syncState").asText()).isEqualTo("PENDING");
        assertThat(api.progress(code, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("PROCESSING", 60)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("PROCESSED", 120)).statusCode()).isEqualTo(202);

        assertThat(dispatch()).isEqualTo(4);

        List<PortalStub.Delivery> delivered = deliveriesOf(code);
        assertThat(delivered).extracting(PortalStub.Delivery::service)
                .containsExactly("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC");
        JsonNode dossier = delivered.get(0).item();
        assertThat(dossier.get("TrangThaiHoSo").asText()).isEqualTo("1");
        assertThat(dossier.get("KenhNop").asText()).isEqualTo("1");
        assertThat(dossier.get("NgayTiepNhan").asText()).isEqualTo("20261128081000");
        assertThat(dossier.get("NgayHenTra").asText()).isEqualTo("20261205081000");
        assertThat(dossier.get("LoaiDoiTuong").asText()).isEqualTo("1");
        assertThat(delivered.subList(1, 4)).extracting(d -> d.item().get("TrangThai").asText()).containsExactly("2", "4", "9");
        assertThat(delivered.subList(1, 4)).extracting(d -> d.item().get("ThoiDiemXuLy").asText())
                .containsExactly("20261128081500", "20261128091000", "20261128101000");
        assertThat(delivered.get(2).item().get("NgayBatDau").asText()).isEqualTo("20261128081500");
        JsonNode firstCall = PORTAL.calls().get(0);
        assertThat(firstCall.get("madonvi").asText()).isEqualTo("000.00.00.H00");
        assertThat(firstCall.get("session").asText()).isEqualTo(PortalStub.SESSION);
        assertThat(firstCall.get("isUpdating").asText()).isEqualTo("False");

        JsonNode view = api.view(code);
        assertThat(view.at("/sync/state").asText()).isEqualTo("SYNCED");
        assertThat(view.at("/sync/lastDeliveredAt").isNull()).isFalse();
        assertThat(view.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(view.get("history")).extracting(step -> step.get("status").asText())
                .containsExactly("RECEIVED", "ACCEPTED", "PROCESSING", "PROCESSED");
    }

    @Test
    void aChangeThatFailsHoldsBackTheLaterChangesOfItsDossierOnly() {
        String held = code(10);
        String free = code(11);
        PORTAL.fail(held, 503, "{}");
        for (String code : List.of(held, free)) {
            api.register(dossier(code));
            api.progress(code, progress("ACCEPTED", 5));
        }

        dispatch();

        assertThat(PORTAL.calls().get(0).get("data")).as("both dossiers went in one call, which failed").hasSize(2);
        assertThat(deliveriesOf(free)).as("then each alone: the free one went through, and its progress after it")
                .extracting(PortalStub.Delivery::service)
                .containsExactly("DongBoHoSoMC", "DongBoHoSoMC", "CapNhatTienDoHoSoMC");
        assertThat(deliveriesOf(held)).extracting(PortalStub.Delivery::service)
                .containsExactly("DongBoHoSoMC", "DongBoHoSoMC");
        JsonNode sync = api.view(held).get("sync");
        assertThat(sync.get("state").asText()).isEqualTo("PENDING");
        assertThat(sync.get("attempts").asInt()).isEqualTo(1);
        assertThat(sync.get("lastError").asText()).contains("SERVER_ERROR");

        PORTAL.heal(held);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            dispatch();
            return "SYNCED".equals(api.view(held).at("/sync/state").asText());
        });
        assertThat(deliveriesOf(held)).extracting(PortalStub.Delivery::service)
                .containsExactly("DongBoHoSoMC", "DongBoHoSoMC", "DongBoHoSoMC", "CapNhatTienDoHoSoMC");
    }

    @Test
    void sendsTheDueChangesOfSeveralDossiersInOneCallPerServiceAndKeepsEachDossiersOrder() {
        List<String> codes = List.of(code(50), code(51), code(52));
        dispatch();
        for (String code : codes) {
            api.register(dossier(code));
            api.progress(code, progress("ACCEPTED", 5));
            api.progress(code, progress("PROCESSING", 60));
        }

        assertThat(dispatch()).isEqualTo(9);

        List<JsonNode> ours = PORTAL.calls().stream().filter(call -> codes.contains(call.at("/data/0/MaHoSo").asText()))
                .toList();
        assertThat(ours).extracting(call -> call.get("service").asText())
                .containsExactly("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC");
        assertThat(ours).allSatisfy(call -> assertThat(call.get("data")).extracting(item -> item.get("MaHoSo").asText())
                .containsExactlyInAnyOrderElementsOf(codes));
        for (String code : codes) {
            assertThat(deliveriesOf(code)).extracting(delivery -> delivery.item().path("TrangThai").asText())
                    .as("each dossier in order").containsExactly("", "2", "4");
            assertThat(api.view(code).at("/sync/state").asText()).isEqualTo("SYNCED");
        }
    }

    @Test
    void backsOffExponentiallyWithJitterThenParksAndAReplayDelivers() {
        String code = code(20);
        PORTAL.fail(code, 500, "{}");
        api.register(dossier(code));
        api.progress(code, progress("ACCEPTED", 5));

        assertNextAttemptWithin(code, Duration.ofMillis(800), Duration.ofMillis(1200));
        dispatch();
        assertThat(deliveriesOf(code)).as("not due yet: not tried again").hasSize(1);
        awaitDue(code);
        assertNextAttemptWithin(code, Duration.ofMillis(1600), Duration.ofMillis(2400));
        awaitDue(code);
        dispatch();

        JsonNode sync = api.view(code).get("sync");
        assertThat(sync.get("state").asText()).isEqualTo("FAILED");
        assertThat(sync.get("attempts").asInt()).isEqualTo(3);
        assertThat(sync.get("lastError").asText()).contains("SERVER_ERROR");
        JsonNode parked = parked(code);
        assertThat(parked.get("kind").asText()).isEqualTo("DOSSIER");
        assertThat(parked.has("payload")).isFalse();
        assertThat(deliveriesOf(code)).hasSize(3).extracting(PortalStub.Delivery::service).containsOnly("DongBoHoSoMC");

        PORTAL.heal(code);
        String replay = "/api/v1/ops/outbox/" + parked.get("id").asLong() + "/replay";
        assertThat(http.send("POST", replay, null, "X-API-Key", OPS_KEY).statusCode()).isEqualTo(202);
        assertThat(dispatch()).isEqualTo(2);
        assertThat(deliveriesOf(code)).extracting(PortalStub.Delivery::service).endsWith("DongBoHoSoMC", "CapNhatTienDoHoSoMC");
        assertThat(api.view(code).at("/sync/state").asText()).isEqualTo("SYNCED");
        assertThat(http.send("POST", replay, null, "X-API-Key", OPS_KEY).statusCode()).isEqualTo(409);
        assertThat(http.send("POST", "/api/v1/ops/outbox/987654321/replay", null, "X-API-Key", OPS_KEY).statusCode())
                .isEqualTo(404);
    }

    @Test
    void parksAtOnceWhatThePortalRefusesAsInvalid() {
        String code = code(30);
        PORTAL.fail(code, 200, "{\"error_code\":\"01\",\"message\":\"Dữ liệu không hợp lệ\"}");
        api.register(dossier(code));

        dispatch();

        JsonNode sync = api.view(code).get("sync");
        assertThat(sync.get("state").asText()).isEqualTo("FAILED");
        assertThat(sync.get("attempts").asInt()).isEqualTo(1);
        assertThat(sync.get("lastError").asText()).contains("REJECTED_REQUEST");
        assertThat(parked(code).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void logsInAgainOnceWhenThePortalSaysTheSessionExpired() {
        api.register(dossier(code(40)));
        dispatch();
        int logins = PORTAL.logins();
        String code = code(41);
        PORTAL.expireSessionOnce(code);
        api.register(dossier(code));

        assertThat(dispatch()).isEqualTo(1);

        assertThat(PORTAL.logins()).isEqualTo(logins + 1);
        assertThat(PORTAL.calls()).filteredOn(call -> call.at("/data/0/MaHoSo").asText().equals(code)).hasSize(2);
        JsonNode sync = api.view(code).get("sync");
        assertThat(sync.get("state").asText()).isEqualTo("SYNCED");
        assertThat(sync.get("attempts").asInt()).isZero();
    }

    private int dispatch() {
        return routes.requestBody("direct:npsp-dispatch", null, Integer.class);
    }

    private static List<PortalStub.Delivery> deliveriesOf(String code) {
        return PORTAL.deliveries().stream().filter(delivery -> delivery.dossierCode().equals(code)).toList();
    }

    /** Dispatches once, and checks when the failed entry is due again: {@code low} to {@code high} after its attempt. */
    private void assertNextAttemptWithin(String code, Duration low, Duration high) {
        Instant before = Instant.now();
        dispatch();
        Instant after = Instant.now();
        Instant next = nextAttemptAt(code);
        assertThat(next).isAfterOrEqualTo(before.plus(low)).isBeforeOrEqualTo(after.plus(high));
    }

    private void awaitDue(String code) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !nextAttemptAt(code).isAfter(Instant.now()));
    }

    /** When the dossier's oldest entry is due. */
    private Instant nextAttemptAt(String code) {
        return jdbc.sql("SELECT next_attempt_at FROM npsp_outbox WHERE dossier_code = :code ORDER BY id LIMIT 1")
                .param("code", code).query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private JsonNode parked(String code) {
        JsonNode parked = GatewayHttp.json(http.get("/api/v1/ops/outbox/parked", "X-API-Key", OPS_KEY));
        for (JsonNode entry : parked) {
            if (entry.get("dossierCode").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no parked entry of " + code + " in " + parked);
    }
}
