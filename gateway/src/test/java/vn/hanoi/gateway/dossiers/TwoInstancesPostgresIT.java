package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.testing.PortalStub;
import vn.hanoi.gateway.testing.TestPostgres;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * Two gateways on one PostgreSQL database, both dispatching on their timers while changes arrive through
 * either: each change reaches the portal exactly once, and every dossier's changes in the order accepted.
 */
@Requires(Service.POSTGRES)
class TwoInstancesPostgresIT {

    private static final PortalStub PORTAL = new PortalStub();
    private static final String[] STEPS = {"ACCEPTED", "PROCESSING", "PROCESSING", "PROCESSED"};
    private static final Map<String, String> STEPS_BY_CODE = Map.of("2", "ACCEPTED", "4", "PROCESSING", "9", "PROCESSED");
    private static final int DOSSIERS = 12;

    @AfterAll
    static void stopPortal() {
        PORTAL.close();
    }

    @Test
    void eachChangeIsDeliveredOnceAndEveryDossierInOrder() {
        PORTAL.reset(20);
        String schema = TestPostgres.newSchema();
        try (ConfigurableApplicationContext first = start(schema); ConfigurableApplicationContext second = start(schema)) {
            List<CounterDossiers> instances = List.of(first.getBean(CounterDossiers.class),
                    second.getBean(CounterDossiers.class));
            Map<String, List<String>> expected = new LinkedHashMap<>();
            for (int d = 0; d < DOSSIERS; d++) {
                String code = code(100 + d);
                instances.get(d % 2).register(DossierRequests.read(dossier(code)), "two-instances");
                expected.computeIfAbsent(code, c -> new ArrayList<>()).add("DongBoHoSoMC");
            }
            for (int step = 0; step < STEPS.length; step++) {
                for (int d = 0; d < DOSSIERS; d++) {
                    String code = code(100 + d);
                    instances.get((d + step + 1) % 2).progress(code,
                            DossierRequests.readProgress(progress(STEPS[step], 10 * (step + 1))), "two-instances");
                    expected.get(code).add(STEPS[step]);
                }
            }
            int total = DOSSIERS * (STEPS.length + 1);

            await().atMost(Duration.ofSeconds(60)).until(() -> PORTAL.deliveries().size() >= total);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> PORTAL.deliveries().size() == total);

            List<PortalStub.Delivery> deliveries = PORTAL.deliveries();
            assertThat(deliveries).hasSize(total);
            Map<String, List<String>> received = deliveries.stream().collect(Collectors.groupingBy(
                    PortalStub.Delivery::dossierCode, LinkedHashMap::new,
                    Collectors.mapping(TwoInstancesPostgresIT::step, Collectors.toList())));
            assertThat(received).containsExactlyInAnyOrderEntriesOf(expected);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM npsp_outbox WHERE state = 'DELIVERED'").query(Long.class).single())
                    .isEqualTo(total);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT claimed_by) FROM npsp_outbox").query(Long.class).single())
                    .as("both instances delivered").isEqualTo(2);
        }
    }

    private static String step(PortalStub.Delivery delivery) {
        return delivery.service().equals("DongBoHoSoMC") ? delivery.service()
                : STEPS_BY_CODE.get(delivery.item().get("TrangThai").asText());
    }

    private static ConfigurableApplicationContext start(String schema) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--gateway.sandbox.enabled=false",
                "--gateway.connectors.population.base-url=http://127.0.0.1:9",
                "--gateway.connectors.business.base-url=http://127.0.0.1:9",
                "--gateway.connectors.insurance.base-url=http://127.0.0.1:9",
                "--gateway.connectors.land.base-url=http://127.0.0.1:9",
                "--gateway.connectors.npsp.base-url=" + PORTAL.baseUrl(),
                "--gateway.connectors.npsp.deadline=2s",
                "--gateway.dossiers.outbox.poll-interval=100ms",
                "--gateway.dossiers.outbox.batch-size=4",
                "--gateway.dossiers.outbox.lease=10s",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false"));
        TestPostgres.properties(schema).forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
    }
}
