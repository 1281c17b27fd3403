package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.dao.DataAccessException;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * The audit trail over HTTP: a lookup is in the subject's access list for the auditor, the chain
 * verifies, an altered row is named, and without an audit record no data leaves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT {

    private static final String AUDITOR_KEY = "sandbox-auditor-key";
    private static final String SUBJECT = "001305885451";
    private static final String OTHER_SUBJECT = "001051409167";
    private static final String UNKNOWN = "001080293893";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog log;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theAuditorSeesALookupInTheSubjectsAccessList() {
        GatewayHttp http = new GatewayHttp(port).registerDossier("000.00.01.H26-261128-0042", SUBJECT);
        HttpResponse<String> lookup = http.get("/api/v1/citizens/" + SUBJECT, "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", "000.00.01.H26-261128-0042", "X-Officer-Id", "nguyen.van.a@hanoi.gov.vn");
        assertThat(lookup.statusCode()).isEqualTo(200);
        String correlationId = lookup.headers().firstValue("X-Correlation-Id").orElseThrow();

        JsonNode accesses = accessesOf(SUBJECT);

        JsonNode mine = find(accesses, correlationId);
        assertThat(mine.get("client").asText()).isEqualTo("one-stop-hanoi");
        assertThat(mine.get("officer").asText()).isEqualTo("nguyen.van.a@hanoi.gov.vn");
        assertThat(mine.get("dossier").asText()).isEqualTo("000.00.01.H26-261128-0042");
        assertThat(mine.get("dataset").asText()).isEqualTo("population");
        assertThat(mine.get("outcome").asText()).isEqualTo("FOUND");
        assertThat(mine.get("operation").asText()).isEqualTo("GET /api/v1/citizens/{personalId}");
        assertThat(OffsetDateTime.parse(mine.get("when").asText()).getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(StreamSupport.stream(accessesOf(OTHER_SUBJECT).spliterator(), false)
                .noneMatch(access -> access.get("correlationId").asText().equals(correlationId))).isTrue();
    }

    @Test
    void lookupsByOtherIdentifiersAreAuditedAgainstThePersonsTheyAreAbout() {
        JsonNode insured = BundledFixtures.json("insurance/canonical/3790701117.json");
        JsonNode parcel = BundledFixtures.json("land/canonical/00124-21-279.json");
        GatewayHttp http = new GatewayHttp(port);

        HttpResponse<String> byInsuranceCode = http.getAsOneStopShop("/api/v1/social-insurance/3790701117");
        HttpResponse<String> byParcel = http.getAsOneStopShop("/api/v1/land-parcels/00124/21/279");

        assertThat(byInsuranceCode.statusCode()).isEqualTo(200);
        assertThat(byParcel.statusCode()).isEqualTo(200);
        assertThat(find(accessesOf(insured.get("personalId").asText()), id(byInsuranceCode)).get("dataset").asText())
                .isEqualTo("insurance");
        for (JsonNode holder : parcel.get("holders")) {
            if (!holder.get("personalId").isNull()) {
                assertThat(find(accessesOf(holder.get("personalId").asText()), id(byParcel)).get("dataset").asText())
                        .isEqualTo("land");
            }
        }
    }

    @Test
    void notFoundVerificationsAndBearerCallersAreAuditedToo() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> notFound = http.getAsOneStopShop("/api/v1/citizens/" + UNKNOWN);
        assertThat(notFound.statusCode()).isEqualTo(404);
        HttpResponse<String> verified = http.postJsonWithPurpose("/api/v1/citizens/verify",
                "{\"personalId\":\"" + SUBJECT + "\",\"fullName\":\"nobody\"}",
                Tokens.forClient("ho-tich-portal", "population").header());
        assertThat(verified.statusCode()).isEqualTo(200);

        assertThat(find(accessesOf(UNKNOWN), id(notFound)).get("outcome").asText()).isEqualTo("NOT_FOUND");
        JsonNode verification = find(accessesOf(SUBJECT), id(verified));
        assertThat(verification.get("client").asText()).isEqualTo("ho-tich-portal");
        assertThat(verification.get("operation").asText()).isEqualTo("POST /api/v1/citizens/verify");
    }

    @Test
    void theSubjectsListIsForAuditorsOnlyAndTakesAWellFormedId() {
        GatewayHttp http = new GatewayHttp(port);
        assertProblem(http.get("/api/v1/audit/subjects/" + SUBJECT + "/accesses", "X-API-Key", GatewayHttp.ONE_STOP_KEY),
                403, "FORBIDDEN");
        HttpResponse<String> malformed = http.get("/api/v1/audit/subjects/00130588545x/accesses", "X-API-Key", AUDITOR_KEY);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(malformed).at("/errors/0/code").asText()).isEqualTo("INVALID_PERSONAL_ID");
    }

    @Test
    void theStoredSubjectIsAKeyedHashNotThePersonalId() {
        new GatewayHttp(port).getAsOneStopShop("/api/v1/citizens/" + SUBJECT);

        List<String> stored = jdbc.queryForList("SELECT subject_hash FROM audit_record WHERE subject_hash IS NOT NULL", String.class);
        assertThat(stored).isNotEmpty().allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(SUBJECT));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE subject_hash = ?", Long.class, SUBJECT)).isZero();
    }

    @Test
    void alteringAStoredRecordMakesVerifyNameIt() {
        GatewayHttp http = new GatewayHttp(port);
        http.getAsOneStopShop("/api/v1/citizens/" + SUBJECT);
        JsonNode before = verify(http);
        assertThat(before.get("valid").asBoolean()).isTrue();
        assertThat(before.get("firstBrokenAt").isNull()).isTrue();
        long records = before.get("records").asLong();
        assertThat(records).isPositive();

        long altered = jdbc.queryForObject("SELECT MIN(seq) FROM audit_record WHERE outcome = 'FOUND'", Long.class);
        jdbc.update("UPDATE audit_record SET outcome = 'NOT_FOUND' WHERE seq = ?", altered);
        try {
            JsonNode after = verify(http);
            assertThat(after.get("valid").asBoolean()).isFalse();
            assertThat(after.get("firstBrokenAt").asLong()).isEqualTo(altered);
            assertThat(after.get("records").asLong()).isGreaterThanOrEqualTo(records);
        } finally {
            jdbc.update("UPDATE audit_record SET outcome = 'FOUND' WHERE seq = ?", altered);
        }
        assertThat(verify(http).get("valid").asBoolean()).isTrue();
    }

    @Test
    void removingARecordMakesVerifyNameTheGap() {
        GatewayHttp http = new GatewayHttp(port);
        http.getAsOneStopShop("/api/v1/citizens/" + SUBJECT);
        long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_record", Long.class);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_record WHERE seq = ?", last);
        jdbc.update("DELETE FROM audit_record WHERE seq = ?", last);
        try {
            JsonNode after = verify(http);
            assertThat(after.get("valid").asBoolean()).isFalse();
            assertThat(after.get("firstBrokenAt").asLong()).isEqualTo(last);
        } finally {
            jdbc.update("INSERT INTO audit_record (" + String.join(", ", row.keySet()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
        }
        assertThat(verify(http).get("valid").asBoolean()).isTrue();
    }

    @Test
    void withoutAnAuditRecordNoDataIsReturned() {
        GatewayHttp http = new GatewayHttp(port);
        double failuresBefore = meters.counter("gateway.audit.write.failures").count();
        jdbc.execute("ALTER TABLE audit_record RENAME TO audit_record_unavailable");
        HttpResponse<String> answer;
        HttpResponse<String> notFound;
        try {
            answer = http.getAsOneStopShop("/api/v1/citizens/" + SUBJECT);
            notFound = http.getAsOneStopShop("/api/v1/citizens/001099000001");
        } finally {
            jdbc.execute("ALTER TABLE audit_record_unavailable RENAME TO audit_record");
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("AUDIT_UNAVAILABLE");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("X-Source-System")).isEmpty();
        assertThat(answer.headers().firstValue("X-Correlation-Id")).isPresent();
        assertThat(answer.body()).doesNotContain("fullName").doesNotContain("dateOfBirth");
        assertThat(notFound.statusCode()).isEqualTo(503);
        assertThat(meters.counter("gateway.audit.write.failures").count()).isEqualTo(failuresBefore + 2);
        assertThat(http.getAsOneStopShop("/api/v1/citizens/" + SUBJECT).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentAppendsKeepTheChainLinear() throws Exception {
        long before = log.head().seq();

        AppendingAtOnce.run(List.of(log), 8, 25);

        assertThat(log.head().seq()).isEqualTo(before + 200);
        ChainCheck check = ChainCheck.of(log);
        assertThat(check.valid()).isTrue();
        assertThat(check.records()).isEqualTo(log.head().seq());
    }

    @Test
    void aRecordTheDatabaseRefusesFailsOnlyItsOwnAppendWhileTheOthersAreCommitted() throws Exception {
        long before = log.head().seq();
        long commitsBefore = log.commits();
        AuditEntry refused = new AuditEntry(Instant.now(), "concurrent-writer", "can-bo-1", "D-1", "population",
                "GET /api/v1/citizens/{personalId}", null, "FOUND", "x".repeat(65));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> appends = new ArrayList<>();
        try {
            appends.add(pool.submit(() -> log.append(List.of(refused))));
            for (int writer = 1; writer < writers; writer++) {
                appends.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        log.append(List.of(AppendingAtOnce.entry()));
                    }
                }));
            }
            assertThatThrownBy(() -> appends.get(0).get()).hasCauseInstanceOf(DataAccessException.class);
            for (Future<?> each : appends.subList(1, writers)) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(log.head().seq()).isEqualTo(before + (writers - 1) * 20L);
        assertThat(log.commits() - commitsBefore).isBetween(1L, (writers - 1) * 20L + 1);
        ChainCheck check = ChainCheck.of(log);
        assertThat(check.valid()).isTrue();
        assertThat(check.records()).isEqualTo(log.head().seq());
    }

    @Test
    void recordsAppendedInTheCallersTransactionRollBackWithItWhileOthersAppend() throws Exception {
        String rolledBack = "rolled-back-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<?> others = pool.submit(() -> {
                try {
                    AppendingAtOnce.run(List.of(log), 6, 30);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 20; i++) {
                transactions.executeWithoutResult(status -> {
                    log.append(List.of(new AuditEntry(Instant.now(), "spool-drain", null, null, "population",
                            "GET /api/v1/citizens/{personalId}", null, "FOUND", rolledBack)));
                    status.setRollbackOnly();
                });
            }
            others.get();
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE correlation_id = ?", Long.class,
                rolledBack)).isZero();
        assertThat(ChainCheck.of(log).valid()).isTrue();
    }

    private JsonNode accessesOf(String personalId) {
        HttpResponse<String> answer = new GatewayHttp(port).get("/api/v1/audit/subjects/" + personalId + "/accesses",
                "X-API-Key", AUDITOR_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }

    private static JsonNode verify(GatewayHttp http) {
        HttpResponse<String> answer = http.get("/api/v1/audit/verify", "X-API-Key", AUDITOR_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }

    private static JsonNode find(JsonNode accesses, String correlationId) {
        return StreamSupport.stream(accesses.spliterator(), false)
                .filter(access -> access.get("correlationId").asText().equals(correlationId))
                .findFirst().orElseThrow(() -> new AssertionError("no access with correlation id " + correlationId));
    }

    private static String id(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Correlation-Id").orElseThrow();
    }
}
