package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSpoolTest {

    @TempDir
    Path directory;

    @Test
    void holdsEntriesInOrderAcrossARestartWithTheirDepth() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AuditSpool spool = new AuditSpool(directory, meters);

        assertThat(spool.hold(List.of(entry("c-1"), entry("c-2")))).isTrue();
        assertThat(spool.hold(List.of(entry("c-3")))).isTrue();

        assertThat(meters.get("gateway.audit.spool.depth").gauge().value()).isEqualTo(3);
        AuditSpool restarted = new AuditSpool(directory, new SimpleMeterRegistry());
        assertThat(restarted.depth()).isEqualTo(3);
        assertThat(restarted.read()).extracting(spooled -> spooled.entry().correlationId())
                .containsExactly("c-1", "c-2", "c-3");
        assertThat(restarted.read()).extracting(AuditSpool.Spooled::id).doesNotHaveDuplicates();
        assertThat(restarted.read().get(0).entry()).isEqualTo(entry("c-1"));
    }

    @Test
    void removesOnlyTheDrainedIds() {
        AuditSpool spool = new AuditSpool(directory, new SimpleMeterRegistry());
        spool.hold(List.of(entry("c-1"), entry("c-2"), entry("c-3")));
        List<AuditSpool.Spooled> held = spool.read();

        spool.remove(Set.of(held.get(0).id(), held.get(2).id()));

        assertThat(spool.read()).containsExactly(held.get(1));
        assertThat(spool.depth()).isEqualTo(1);
        spool.remove(Set.of(held.get(1).id()));
        assertThat(spool.read()).isEmpty();
        assertThat(spool.depth()).isZero();
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndLaterEntriesStillRead() throws IOException {
        AuditSpool spool = new AuditSpool(directory, new SimpleMeterRegistry());
        spool.hold(List.of(entry("c-1")));
        Files.writeString(directory.resolve("spool.jsonl"), "{\"id\":\"cut-sh", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        AuditSpool restarted = new AuditSpool(directory, new SimpleMeterRegistry());
        restarted.hold(List.of(entry("c-2")));

        assertThat(restarted.read()).extracting(spooled -> spooled.entry().correlationId()).containsExactly("c-1", "c-2");
    }

    @Test
    void saysSoWhenTheSpoolCannotBeWritten() throws IOException {
        Path notADirectory = Files.createFile(directory.resolve("occupied"));
        AuditSpool spool = new AuditSpool(notADirectory, new SimpleMeterRegistry());

        assertThat(spool.hold(List.of(entry("c-1")))).isFalse();
        assertThat(spool.depth()).isZero();
    }

    private static AuditEntry entry(String correlationId) {
        return new AuditEntry(Instant.parse("2026-11-28T10:15:30.123Z"), "one-stop-hanoi", "can-bo-1",
                "000.00.01.H26-261128-0042", "population", "GET /api/v1/citizens/{personalId}",
                "a".repeat(64), "FOUND", correlationId);
    }
}
