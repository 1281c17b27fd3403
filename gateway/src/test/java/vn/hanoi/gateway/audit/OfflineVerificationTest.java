package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier ({@code verify-audit}) on exported trails: ten records with signed checkpoints at 4 and 8.
 * It never touches a database: the trail is built here with {@link ChainHash} and written with {@link TrailExport}.
 */
class OfflineVerificationTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00.123Z");

    @TempDir
    Path directory;

    private final CheckpointSigner signer = TestCheckpointKeys.signer();

    @Test
    void anIntactTrailPasses() throws IOException {
        List<AuditRecord> records = chain(entries(10), 1, ChainHash.GENESIS, List.of());

        Result result = verify(records, checkpointsOf(records, 4, 8));

        assertThat(result.status).isZero();
        assertThat(result.output).startsWith("VALID: 10 records, 2 signed checkpoints (the last at record 8)");
    }

    @Test
    void aTrailWithOneAlteredRecordFailsAtThatRecord() throws IOException {
        List<AuditRecord> records = new ArrayList<>(chain(entries(10), 1, ChainHash.GENESIS, List.of()));
        List<AuditCheckpoint> checkpoints = checkpointsOf(records, 4, 8);
        AuditRecord sixth = records.get(5);
        records.set(5, new AuditRecord(6, entry(6, "NOT_FOUND"), sixth.previousHash(), sixth.hash()));

        Result result = verify(records, checkpoints);

        assertThat(result.status).isEqualTo(1);
        assertThat(result.output).startsWith("BROKEN at record 6: does not match its own hash: it was altered");
    }

    @Test
    void aChainRewrittenAndRehashedFromSomePointFailsAgainstTheSignedCheckpoints() throws IOException {
        List<AuditRecord> records = chain(entries(10), 1, ChainHash.GENESIS, List.of());
        List<AuditCheckpoint> checkpoints = checkpointsOf(records, 4, 8);
        List<AuditRecord> rewritten = rewriteFrom(records, 6);

        Result result = verify(rewritten, checkpoints);

        assertThat(result.status).isEqualTo(1);
        assertThat(result.output).startsWith("BROKEN at record 8: does not match the signed checkpoint of its position: "
                + "the chain was rewritten after record 4");
    }

    @Test
    void aRewriteThatAlsoReplacedTheExportsCheckpointsFailsAgainstCheckpointsTheAuditorKept() throws IOException {
        List<AuditRecord> records = chain(entries(10), 1, ChainHash.GENESIS, List.of());
        List<AuditCheckpoint> kept = checkpointsOf(records, 4);
        List<AuditRecord> rewritten = rewriteFrom(records, 2);
        Path keptFile = directory.resolve("kept-checkpoints.json");
        TrailExport.JSON.writeValue(keptFile.toFile(), kept);

        Result alone = verify(rewritten, List.of());
        Result withKept = verify(rewritten, List.of(), "--checkpoints", keptFile.toString());

        assertThat(alone.status).as("the rewritten chain is consistent in itself").isZero();
        assertThat(withKept.status).isEqualTo(1);
        assertThat(withKept.output).startsWith("BROKEN at record 4: does not match the signed checkpoint");
    }

    @Test
    void aCheckpointWithABadSignatureFails() throws IOException {
        List<AuditRecord> records = chain(entries(10), 1, ChainHash.GENESIS, List.of());
        AuditCheckpoint genuine = signer.sign(head(records, 4));
        AuditCheckpoint forgedTime = new AuditCheckpoint(4, genuine.hash(), genuine.signedAt().plusSeconds(60),
                genuine.keyId(), genuine.signature());
        AuditCheckpoint byAnotherKey = TestCheckpointKeys.signer(TestCheckpointKeys.OTHER_PRIVATE_KEY,
                TestCheckpointKeys.OTHER_PUBLIC_KEY).sign(head(records, 8));

        Result altered = verify(records, List.of(forgedTime));
        Result foreign = verify(records, List.of(genuine, byAnotherKey));

        assertThat(altered.status).isEqualTo(1);
        assertThat(altered.output).startsWith("BROKEN at record 4: the checkpoint at this position is not signed by the key");
        assertThat(foreign.status).isEqualTo(1);
        assertThat(foreign.output).startsWith("BROKEN at record 8: the checkpoint at this position is not signed by the key");
    }

    @Test
    void aTrailCutShortOfItsLastCheckpointFails() throws IOException {
        List<AuditRecord> records = chain(entries(10), 1, ChainHash.GENESIS, List.of());

        Result result = verify(records.subList(0, 6), checkpointsOf(records, 4, 8));

        assertThat(result.status).isEqualTo(1);
        assertThat(result.output).startsWith("BROKEN at record 7: the trail ends before the signed checkpoint at 8");
    }

    @Test
    void withoutAPublicKeyOrWithAnUnreadableFileItSaysHowToUseIt() throws IOException {
        Path export = export(chain(entries(2), 1, ChainHash.GENESIS, List.of()), List.of());
        Path garbage = Files.writeString(directory.resolve("garbage.json"), "[1, 2]");

        assertThat(run(List.of(export.toString())).status).isEqualTo(2);
        Result unreadable = run(List.of(garbage.toString(), "--public-key", TestCheckpointKeys.PUBLIC_KEY));
        assertThat(unreadable.status).isEqualTo(2);
        assertThat(unreadable.output).contains("cannot verify: an export is a JSON object").contains("usage: verify-audit");
    }

    @Test
    void aPublicKeyThatIsNotThePrivateKeysHalfStopsTheGateway() {
        assertThatThrownBy(() -> TestCheckpointKeys.signer(TestCheckpointKeys.PRIVATE_KEY, TestCheckpointKeys.OTHER_PUBLIC_KEY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public-key");
        assertThatThrownBy(() -> TestCheckpointKeys.signer("", TestCheckpointKeys.PUBLIC_KEY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GATEWAY_AUDIT_CHECKPOINT_PRIVATEKEY");
    }

    /** Every record from {@code from} on gets another outcome, and every hash from there is recomputed. */
    private static List<AuditRecord> rewriteFrom(List<AuditRecord> records, int from) {
        List<AuditEntry> entries = new ArrayList<>(records.stream().map(AuditRecord::entry).toList());
        for (int seq = from; seq <= entries.size(); seq++) {
            entries.set(seq - 1, entry(seq, "NOT_FOUND"));
        }
        List<AuditRecord> kept = records.subList(0, from - 1);
        return chain(entries.subList(from - 1, entries.size()), from, kept.isEmpty() ? ChainHash.GENESIS
                : kept.get(kept.size() - 1).hash(), kept);
    }

    private static List<AuditRecord> chain(List<AuditEntry> entries, long firstSeq, String previousHash, List<AuditRecord> before) {
        List<AuditRecord> records = new ArrayList<>(before);
        String previous = previousHash;
        long seq = firstSeq;
        for (AuditEntry entry : entries) {
            String hash = ChainHash.of(seq, entry, previous);
            records.add(new AuditRecord(seq++, entry, previous, hash));
            previous = hash;
        }
        return records;
    }

    private static List<AuditEntry> entries(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            entries.add(entry(seq, "FOUND"));
        }
        return entries;
    }

    private static AuditEntry entry(int seq, String outcome) {
        return new AuditEntry(AT.plusSeconds(seq), "one-stop-hanoi", "can-bo-1", "D-" + seq, "population",
                "GET /api/v1/citizens/{personalId}", "ab".repeat(32), outcome, "corr-" + seq);
    }

    private List<AuditCheckpoint> checkpointsOf(List<AuditRecord> records, int... positions) {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        for (int seq : positions) {
            checkpoints.add(signer.sign(head(records, seq)));
        }
        return checkpoints;
    }

    private static AuditLog.Head head(List<AuditRecord> records, int seq) {
        return new AuditLog.Head(seq, records.get(seq - 1).hash());
    }

    private Result verify(List<AuditRecord> records, List<AuditCheckpoint> checkpoints, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(export(records, checkpoints).toString(), "--public-key",
                Files.writeString(directory.resolve("public.pem"),
                        "-----BEGIN PUBLIC KEY-----\n" + TestCheckpointKeys.PUBLIC_KEY + "\n-----END PUBLIC KEY-----\n").toString()));
        args.addAll(List.of(more));
        return run(args);
    }

    private Path export(List<AuditRecord> records, List<AuditCheckpoint> checkpoints) throws IOException {
        Path file = Files.createTempFile(directory, "audit-trail-", ".json");
        try (var out = Files.newOutputStream(file)) {
            TrailExport.write(out, AT, checkpoints, visitor -> records.forEach(visitor));
        }
        return file;
    }

    private static Result run(List<String> args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyAuditCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }
}
