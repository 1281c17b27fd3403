package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit spool drained into the chain of a running gateway: in order, into a chain that still verifies,
 * and once only when a drain is repeated after a crash that left drained records in the spool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpoolDrainIT {

    @Autowired
    AuditSpool spool;

    @Autowired
    SpoolDrain drain;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void emptySpool() {
        await().atMost(Duration.ofSeconds(30)).until(() -> spool.depth() == 0);
    }

    @Test
    void spooledRecordsJoinTheChainInOrderAndItStillVerifies() {
        spool.hold(List.of(entry("1"), entry("2")));
        spool.hold(List.of(entry("3")));

        await().atMost(Duration.ofSeconds(30)).until(() -> spool.depth() == 0);

        assertThat(jdbc.queryForList("SELECT correlation_id FROM audit_record WHERE correlation_id LIKE ? ORDER BY seq",
                String.class, run + "%")).containsExactly(run + "-1", run + "-2", run + "-3");
        assertThat(ChainCheck.of(log).valid()).isTrue();
    }

    @Test
    void aRecordDrainedBeforeACrashIsNotAppendedAgain() throws IOException {
        synchronized (drain) {
            spool.hold(List.of(entry("1"), entry("2")));
            byte[] spooled = Files.readAllBytes(spool.file());
            assertThat(drain.drainOnce()).isEqualTo(2);
            long head = log.head().seq();

            // As if the process had died after the commit and before the records left the spool.
            Files.write(spool.file(), spooled);
            assertThat(drain.drainOnce()).isEqualTo(2);

            assertThat(log.head().seq()).isEqualTo(head);
            assertThat(spool.read()).isEmpty();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE correlation_id LIKE ?", Long.class,
                run + "%")).isEqualTo(2);
        assertThat(ChainCheck.of(log).valid()).isTrue();
    }

    private AuditEntry entry(String n) {
        return new AuditEntry(Instant.now(), "one-stop-hanoi", "can-bo-1", "000.00.01.H26-261128-0042", "population",
                "GET /api/v1/citizens/{personalId}", "b".repeat(64), "FOUND", run + "-" + n);
    }
}
