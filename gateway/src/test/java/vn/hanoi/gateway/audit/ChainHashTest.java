package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final AuditEntry ENTRY = new AuditEntry(Instant.parse("2026-11-28T01:10:00.123456Z"), "one-stop-hanoi",
            "can-bo-1", "D-1", "population", "GET /api/v1/citizens/{personalId}", "ab".repeat(32), "FOUND", "corr-1");

    /**
     * Known answers, computed once outside the code so that a change to the serialisation (which would invalidate
     * every chain already stored) fails here:
     * {@code printf '%s' 'audit-v1|1:7|24:2026-11-28T01:10:00.123Z|…|64:000…0' | sha256sum} (the canonical text
     * below, byte for byte). Checked red by changing the version tag in {@code ChainHash} (audit-v1 to audit-v2).
     */
    private static final String CANONICAL_7 = "audit-v1|1:7|24:2026-11-28T01:10:00.123Z|14:one-stop-hanoi|8:can-bo-1|3:D-1"
            + "|10:population|33:GET /api/v1/citizens/{personalId}|64:" + "ab".repeat(32) + "|5:FOUND|6:corr-1|64:" + "0".repeat(64);
    private static final String HASH_7 = "2d1a21e608f8465e6a5c8324c99c965a793e2d3bc5afe2cb2d340e4581b0157a";
    /** Record 8, officer and subject absent, linked to record 7: {@code printf '%s' 'audit-v1|1:8|…|-|…' | sha256sum}. */
    private static final String HASH_8 = "2977b5bde7cabac62486f56fb32bebfcc11a2f1704a3dc58a6d446de39cc9cc5";

    @Test
    void aRecordHashesToItsKnownAnswer() {
        assertThat(ChainHash.canonical(7, ENTRY, ChainHash.GENESIS)).isEqualTo(CANONICAL_7);
        assertThat(ChainHash.of(7, ENTRY, ChainHash.GENESIS)).isEqualTo(HASH_7);
    }

    @Test
    void absentValuesAndTheLinkToThePreviousRecordHashToTheirKnownAnswer() {
        AuditEntry withoutOfficerOrSubject = new AuditEntry(ENTRY.recordedAt(), "one-stop-hanoi", null, "D-1", "population",
                ENTRY.operation(), null, "REFUSED", "corr-2");

        assertThat(ChainHash.of(8, withoutOfficerOrSubject, HASH_7)).isEqualTo(HASH_8);
    }

    /**
     * A record naming its transport: the purpose check's two values (here absent) and then the transport follow,
     * {@code printf '%s' 'audit-v1|1:7|…|64:000…0|-|-|8:platform' | sha256sum}. A record without one (every record
     * written before the field existed) hashes as {@link #aRecordHashesToItsKnownAnswer} says, as it always did.
     */
    @Test
    void aRecordNamingItsTransportHashesToItsKnownAnswerAndTheTransportCounts() {
        AuditEntry throughPlatform = withTransport("platform");

        assertThat(ChainHash.canonical(7, throughPlatform, ChainHash.GENESIS)).isEqualTo(CANONICAL_7 + "|-|-|8:platform");
        assertThat(ChainHash.of(7, throughPlatform, ChainHash.GENESIS))
                .isEqualTo("d9d542cf250980f04146f859962896e7446fcf2e94c43dee932be44c185cfd3d")
                .isNotEqualTo(ChainHash.of(7, withTransport("direct"), ChainHash.GENESIS))
                .isNotEqualTo(HASH_7);
    }

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

    private static AuditEntry withTransport(String transport) {
        return new AuditEntry(ENTRY.recordedAt(), ENTRY.clientId(), ENTRY.officerId(), ENTRY.dossierCode(), ENTRY.dataset(),
                ENTRY.operation(), ENTRY.subjectHash(), ENTRY.outcome(), ENTRY.correlationId(), null, null, transport);
    }

    private static AuditEntry with(String outcome, String officer) {
        return new AuditEntry(ENTRY.recordedAt(), ENTRY.clientId(), officer, ENTRY.dossierCode(), ENTRY.dataset(),
                ENTRY.operation(), ENTRY.subjectHash(), outcome, ENTRY.correlationId());
    }
}
