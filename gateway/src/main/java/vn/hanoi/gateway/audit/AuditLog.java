package vn.hanoi.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit records in the database, appended only. Appends are serialised so that the chain stays
 * linear: within this instance by a lock, between instances by the row lock on the chain head
 * ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike), which also hands out the next position.
 * The records and the new head are written in one transaction.
 */
@Component
class AuditLog {

    /** The chain's last position and hash. */
    record Head(long seq, String hash) {
    }

    private static final String COLUMNS = "seq, recorded_at, client_id, officer_id, dossier_code, dataset, operation, "
            + "subject_hash, outcome, correlation_id, prev_hash, record_hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReentrantLock appending = new ReentrantLock();

    AuditLog(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void append(List<AuditEntry> entries) {
        appending.lock();
        try {
            transactions.executeWithoutResult(status -> appendLocked(entries));
        } finally {
            appending.unlock();
        }
    }

    Head head() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /** Every record up to {@code lastSeq}, in chain order. */
    void forEachUpTo(long lastSeq, Consumer<AuditRecord> visitor) {
        jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE seq <= ? ORDER BY seq",
                (RowCallbackHandler) rs -> visitor.accept(recordOf(rs)), lastSeq);
    }

    List<AuditRecord> bySubject(String subjectHash) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE subject_hash = ? ORDER BY seq",
                (rs, row) -> recordOf(rs), subjectHash);
    }

    private void appendLocked(List<AuditEntry> entries) {
        Head head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
        for (AuditEntry entry : entries) {
            long seq = head.seq() + 1;
            String hash = ChainHash.of(seq, entry, head.hash());
            jdbc.update("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.clientId(),
                    entry.officerId(), entry.dossierCode(), entry.dataset(), entry.operation(), entry.subjectHash(),
                    entry.outcome(), entry.correlationId(), head.hash(), hash);
            head = new Head(seq, hash);
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.seq(), head.hash());
    }

    private static AuditRecord recordOf(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("client_id"), rs.getString("officer_id"), rs.getString("dossier_code"),
                rs.getString("dataset"), rs.getString("operation"), rs.getString("subject_hash"),
                rs.getString("outcome"), rs.getString("correlation_id"));
        return new AuditRecord(rs.getLong("seq"), entry, rs.getString("prev_hash"), rs.getString("record_hash"));
    }
}
