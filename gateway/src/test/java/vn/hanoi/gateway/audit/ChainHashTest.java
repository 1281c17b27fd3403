package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final AuditEntry ENTRY = new AuditEntry(Instant.parse("2026-11-28T01:10:00.123456Z"), "one-stop-hanoi",
            "can-bo-1", "D-1", "population", "GET /api/v1/citizens/{personalId}", "ab".repeat(32), "FOUND", "corr-1");

    @Test
    void theSameRecordAlwaysHashesAlike() {
        assertThat(ChainHash.of(7, ENTRY, ChainHash.GENESIS)).isEqualTo(ChainHash.of(7, ENTRY, ChainHash.GENESIS))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldThePositionAndThePreviousHashCount() {
        String hash = ChainHash.of(7, ENTRY, ChainHash.GENESIS);

        assertThat(ChainHash.of(8, ENTRY, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(7, ENTRY, "1".repeat(64))).isNotEqualTo(hash);
        assertThat(ChainHash.of(7, with("REFUSED", "can-bo-1"), ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(7, with("FOUND", "can-bo-2"), ChainHash.GENESIS)).isNotEqualTo(hash);
    }

    @Test
    void valuesCannotBeShiftedBetweenFieldsOrPassedOffAsAbsent() {
        AuditEntry shifted = new AuditEntry(ENTRY.recordedAt(), "one-stop-hanoi|can-bo-1", null, "D-1", "population",
                ENTRY.operation(), ENTRY.subjectHash(), "FOUND", "corr-1");
        AuditEntry dash = new AuditEntry(ENTRY.recordedAt(), "one-stop-hanoi", "-", "D-1", "population",
                ENTRY.operation(), ENTRY.subjectHash(), "FOUND", "corr-1");
        AuditEntry absent = new AuditEntry(ENTRY.recordedAt(), "one-stop-hanoi", null, "D-1", "population",
                ENTRY.operation(), ENTRY.subjectHash(), "FOUND", "corr-1");

        assertThat(ChainHash.canonical(1, shifted, ChainHash.GENESIS)).isNotEqualTo(ChainHash.canonical(1, ENTRY, ChainHash.GENESIS));
        assertThat(ChainHash.of(1, dash, ChainHash.GENESIS)).isNotEqualTo(ChainHash.of(1, absent, ChainHash.GENESIS));
    }

    @Test
    void timeIsKeptToTheMillisecondSoThatItReadsBackAlike() {
        assertThat(ENTRY.recordedAt()).isEqualTo(Instant.parse("2026-11-28T01:10:00.123Z"));
        assertThat(ChainHash.canonical(1, ENTRY, ChainHash.GENESIS)).contains("|24:2026-11-28T01:10:00.123Z|");
    }

    private static AuditEntry with(String outcome, String officer) {
        return new AuditEntry(ENTRY.recordedAt(), ENTRY.clientId(), officer, ENTRY.dossierCode(), ENTRY.dataset(),
                ENTRY.operation(), ENTRY.subjectHash(), outcome, ENTRY.correlationId());
    }
}
