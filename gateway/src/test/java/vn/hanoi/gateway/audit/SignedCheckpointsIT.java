package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Signed checkpoints against the running gateway (a checkpoint every 3 records and every second): the auditor
 * lists them and each is signed by the configured key and matches its record; the exported trail passes the
 * offline verifier; a chain rewritten and rehashed in the database (head included) fails both
 * {@code GET /api/v1/audit/verify} and the offline verifier at the first checkpoint after the rewrite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.audit.checkpoint.every-records=3", "gateway.audit.checkpoint.interval=1s"})
class SignedCheckpointsIT {

    private static final String AUDITOR_KEY = "sandbox-auditor-key";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${gateway.audit.checkpoint.public-key}")
    String publicKey;

    @TempDir
    Path directory;

    @Test
    void everyThirdRecordIsCheckpointedAndTheAuditorListsCheckpointsSignedByTheKey() {
        long start = log.head().seq();
        for (int i = 0; i < 7; i++) {
            log.append(List.of(AppendingAtOnce.entry()));
        }

        JsonNode listed = GatewayHttp.json(auditor().get("/api/v1/audit/checkpoints?afterSeq=" + start + "&limit=1000",
                "X-API-Key", AUDITOR_KEY));

        List<Long> positions = listed.findValues("seq").stream().map(JsonNode::asLong).toList();
        for (long seq = start + 1; seq <= start + 7; seq++) {
            if (seq % 3 == 0) {
                assertThat(positions).as("a checkpoint of record %d", seq).contains(seq);
            }
        }
        for (JsonNode node : listed) {
            AuditCheckpoint checkpoint = TrailExport.JSON.convertValue(node, AuditCheckpoint.class);
            assertThat(checkpoint.isSignedBy(CheckpointKeys.publicKey(publicKey))).isTrue();
            assertThat(checkpoint.hash()).isEqualTo(jdbc.queryForObject("SELECT record_hash FROM audit_record WHERE seq = ?",
                    String.class, checkpoint.seq()));
        }
    }

    @Test
    void theHeadIsCheckpointedOnTheIntervalEvenWhenFewRecordsCome() throws InterruptedException {
        awaitCheckpointOfHead();
        log.append(List.of(AppendingAtOnce.entry()));

        assertThat(awaitCheckpointOfHead()).isEqualTo(log.head().seq());
    }

    @Test
    void anExportedTrailPassesTheOfflineVerifierAndARehashedChainFailsAgainstTheCheckpoints() throws IOException,
            InterruptedException {
        for (int i = 0; i < 9; i++) {
            log.append(List.of(AppendingAtOnce.entry()));
        }
        long checkpointed = awaitCheckpointOfHead();
        assertThat(verifyOffline(export()).output).startsWith("VALID: " + checkpointed + " records");

        long from = checkpointed - 4;
        long firstCheckpointAfterTheRewrite = jdbc.queryForObject("SELECT MIN(seq) FROM audit_checkpoint WHERE seq >= ?",
                Long.class, from);
        List<Map<String, Object>> original = jdbc.queryForList("SELECT * FROM audit_record WHERE seq >= ? ORDER BY seq", from);
        String originalHead = log.head().hash();
        rewriteAndRehashFrom(from);
        try {
            JsonNode check = GatewayHttp.json(auditor().get("/api/v1/audit/verify", "X-API-Key", AUDITOR_KEY));
            assertThat(check.get("valid").asBoolean()).isFalse();
            assertThat(check.get("firstBrokenAt").asLong()).isEqualTo(firstCheckpointAfterTheRewrite);

            Offline offline = verifyOffline(export());
            assertThat(offline.status).isEqualTo(1);
            assertThat(offline.output).startsWith("BROKEN at record " + firstCheckpointAfterTheRewrite
                    + ": does not match the signed checkpoint of its position");
        } finally {
            original.forEach(row -> jdbc.update("UPDATE audit_record SET officer_id = ?, prev_hash = ?, record_hash = ? WHERE seq = ?",
                    row.get("officer_id"), row.get("prev_hash"), row.get("record_hash"), row.get("seq")));
            jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", originalHead);
        }
        assertThat(GatewayHttp.json(auditor().get("/api/v1/audit/verify", "X-API-Key", AUDITOR_KEY)).get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void checkpointsAndTheExportAreForAuditorsAndTheListTakesSaneBounds() {
        assertThat(auditor().get("/api/v1/audit/export", "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(403);
        assertThat(auditor().get("/api/v1/audit/checkpoints", "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(403);
        HttpResponse<String> tooMany = auditor().get("/api/v1/audit/checkpoints?limit=1001", "X-API-Key", AUDITOR_KEY);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(tooMany).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }

    /** What someone who can write the database would do: change records, recompute every hash after them and the head. */
    private void rewriteAndRehashFrom(long from) {
        List<AuditRecord> records = new ArrayList<>();
        log.forEachUpTo(log.head().seq(), records::add);
        String previous = records.get((int) from - 2).hash();
        for (AuditRecord record : records.subList((int) from - 1, records.size())) {
            AuditEntry e = record.entry();
            AuditEntry changed = new AuditEntry(e.recordedAt(), e.clientId(), "someone-else", e.dossierCode(), e.dataset(),
                    e.operation(), e.subjectHash(), e.outcome(), e.correlationId());
            String hash = ChainHash.of(record.seq(), changed, previous);
            jdbc.update("UPDATE audit_record SET officer_id = ?, prev_hash = ?, record_hash = ? WHERE seq = ?",
                    "someone-else", previous, hash, record.seq());
            previous = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous);
    }

    /** Waits (at most 10 s) until the head has a checkpoint, and returns its position. */
    private long awaitCheckpointOfHead() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            long head = log.head().seq();
            Long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_checkpoint", Long.class);
            if (last != null && last == head) {
                return head;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no checkpoint of the head within 10 s");
    }

    private Path export() throws IOException {
        HttpResponse<String> answer = auditor().get("/api/v1/audit/export", "X-API-Key", AUDITOR_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment; filename=\"audit-trail-"));
        return Files.writeString(Files.createTempFile(directory, "export-", ".json"), answer.body());
    }

    private static Offline verifyOffline(Path export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyAuditCommand.run(List.of(export.toString(), "--public-key",
                "MCowBQYDK2VwAyEAh+MHEl/BAnecnGUnD4gALe8SRnXv6+UP03pofFPQ0ws="), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Offline(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private GatewayHttp auditor() {
        return new GatewayHttp(port);
    }

    private record Offline(int status, String output) {
    }
}
