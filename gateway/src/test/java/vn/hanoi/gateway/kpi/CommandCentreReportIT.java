package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.routes.commandcentre.ReportSender;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * The indicator feed against the sandbox's command centre, which checks every rule of its contract and keeps what
 * it stored: a period reported on demand is stored as the indicators endpoint computes it, a resend replaces it
 * (same {@code reportId}, next version), the previous day is queued only after {@code report-time}, and a report
 * the centre refuses stays due with the centre's answer recorded.
 */
@SandboxWithTestClock
class CommandCentreReportIT {

    private static final String CENTRE_KEY = "sandbox-ioc-key";

    @LocalServerPort
    int port;

    @Value("${gateway.connectors.command-centre.base-url}")
    String centre;

    @Autowired
    TestClock clock;

    @Autowired
    CommandCentreReports reports;

    @Autowired
    ReportSender sender;

    @Autowired
    JdbcClient jdbc;

    private GatewayHttp http;

    @BeforeEach
    void gateway() {
        http = new GatewayHttp(port);
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void aPeriodReportedOnDemandIsStoredAsComputedAndAResendReplacesIt() {
        HttpResponse<String> queued = report("{\"from\": \"2026-11-20\", \"to\": \"2026-11-28\"}");

        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        JsonNode first = awaitStored("2026-11-20", "2026-11-28", 1);
        JsonNode computed = GatewayHttp.json(http.get("/api/v1/kpi/indicators?from=2026-11-20&to=2026-11-28",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY));
        assertThat(first.path("reportingUnit").asText()).isEqualTo("000.00.00.H00");
        for (JsonNode sent : first.path("indicators")) {
            JsonNode same = byCode(computed.path("indicators"), sent.path("code").asText());
            assertThat(sent.path("numerator").asLong()).isEqualTo(same.path("numerator").asLong());
            assertThat(sent.path("denominator").asLong()).isEqualTo(same.path("denominator").asLong());
        }

        report("{\"from\": \"2026-11-20\", \"to\": \"2026-11-28\"}");
        JsonNode second = awaitStored("2026-11-20", "2026-11-28", 2);

        assertThat(second.path("reportId").asText()).isEqualTo(first.path("reportId").asText());
    }

    @Test
    void thePreviousDayIsQueuedOnlyAfterReportTimeAndThenStored() {
        clock.set("2026-12-01T00:29:00+07:00");
        reports.queueDaily(clock.instant());
        assertThat(queuedDays("2026-11-30")).isZero();

        clock.set("2026-12-01T00:31:00+07:00");
        reports.queueDaily(clock.instant());
        reports.queueDaily(clock.instant());
        sender.sendDueNow();

        assertThat(queuedDays("2026-11-30")).isEqualTo(1);
        awaitStored("2026-11-30", "2026-11-30", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> state("2026-11-30", "2026-11-30").equals("STORED"));
    }

    @Test
    void aReportTheCentreRefusesStaysDueWithTheCentresAnswer() {
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).plusDays(1).toString();

        report("{\"from\": \"" + tomorrow + "\", \"to\": \"" + tomorrow + "\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> lastError(tomorrow) != null);
        assertThat(state(tomorrow, tomorrow)).isEqualTo("PENDING");
        assertThat(lastError(tomorrow)).isEqualTo("HTTP 400 INVALID");
    }

    @Test
    void refusesAPeriodTheContractDoesNotAllow() {
        HttpResponse<String> answer = report("{\"from\": \"2026-11-28\", \"to\": \"2026-11-01\"}");
        HttpResponse<String> unentitled = http.send("POST", "/api/v1/ops/kpi/report",
                "{\"from\": \"2026-11-01\", \"to\": \"2026-11-02\"}", "Content-Type", "application/json",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(answer).at("/errors/0/code").asText()).isEqualTo("INVALID_PERIOD");
        assertThat(unentitled.statusCode()).isEqualTo(403);
        assertThat(GatewayHttp.json(unentitled).path("code").asText()).isEqualTo("FORBIDDEN");
    }

    private HttpResponse<String> report(String body) {
        return http.send("POST", "/api/v1/ops/kpi/report", body, "Content-Type", "application/json",
                "X-API-Key", GatewayHttp.OPS_KEY);
    }

    private JsonNode awaitStored(String from, String to, int version) {
        String path = "/ioc/v1/indicators?reportingUnit=000.00.00.H00&from=" + from + "&to=" + to;
        GatewayHttp simulator = new GatewayHttp(java.net.URI.create(centre).getPort());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> stored = simulator.get(path, "X-IOC-Key", CENTRE_KEY);
            return stored.statusCode() == 200 && GatewayHttp.json(stored).path("version").asInt() == version;
        });
        return GatewayHttp.json(simulator.get(path, "X-IOC-Key", CENTRE_KEY));
    }

    private static JsonNode byCode(JsonNode indicators, String code) {
        for (JsonNode indicator : indicators) {
            if (indicator.path("code").asText().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private long queuedDays(String day) {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_report WHERE period_from = CAST(:day AS DATE) AND period_to = "
                + "CAST(:day AS DATE)").param("day", day).query(Long.class).single();
    }

    private String state(String from, String to) {
        return jdbc.sql("SELECT state FROM kpi_report WHERE period_from = CAST(:from AS DATE) AND period_to = "
                + "CAST(:to AS DATE)").param("from", from).param("to", to).query(String.class).single();
    }

    private String lastError(String day) {
        return jdbc.sql("SELECT last_error FROM kpi_report WHERE period_from = CAST(:day AS DATE)")
                .param("day", day).query(String.class).optional().orElse(null);
    }
}
