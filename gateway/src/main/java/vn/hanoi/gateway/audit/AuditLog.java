package vn.hanoi.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit records in the database, appended only. Appends are serialised so that the chain stays
 * linear: within this instance by a lock, between instances by the row lock on the chain head
 * ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike), which also hands out the next position.
 * The records and the new head are written in one transaction.
 *
 * <p>Group commit: appends that arrive while another is being written wait their turn together, and
 * the next holder of the lock writes all of them in one transaction (at most {@link #MAX_GROUP} records).
 * Every caller still returns only once its own records are committed, or with the failure that kept them
 * out. A group that fails is written again one append at a time, so that a record the database refuses
 * fails only its own request. A caller already in a transaction is never grouped: see
 * {@link #appendInCallersTransaction}.
 *
 * <p>Checkpoints: when an append takes the chain past a multiple of {@code gateway.audit.checkpoint.every-records},
 * the new head is signed and stored in the same transaction ({@link AuditCheckpoints}); {@link #checkpointHead}
 * signs it on a timer. Both hold the head's row lock, so a checkpoint is always of a head that is in the chain.
 */
@Component
class AuditLog {

    /** The chain's last position and hash. */
    record Head(long seq, String hash) {
    }

    private static final String COLUMNS = "seq, recorded_at, client_id, officer_id, dossier_code, dataset, operation, "
            + "subject_hash, outcome, correlation_id, prev_hash, record_hash, purpose_check, override_reason, transport";

    static final int MAX_GROUP = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReentrantLock appending = new ReentrantLock();
    private final Queue<PendingAppend> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong commits = new AtomicLong();
    private final AuditCheckpoints checkpoints;
    private final int checkpointEvery;

    AuditLog(JdbcTemplate jdbc, TransactionTemplate transactions, AuditCheckpoints checkpoints,
             CheckpointProperties checkpointProperties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.checkpoints = checkpoints;
        this.checkpointEvery = checkpointProperties.everyRecords();
    }

    /** Appends the records, in order, and returns once they are committed; throws when they could not be. */
    void append(List<AuditEntry> entries) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            appendInCallersTransaction(entries);
            return;
        }
        PendingAppend mine = new PendingAppend(entries);
        waiting.add(mine);
        appending.lock();
        try {
            while (!mine.isSettled()) {
                writeWaitingGroup();
            }
        } finally {
            appending.unlock();
        }
        mine.throwIfFailed();
    }

    /**
     * A caller with a transaction of its own (the spool drain records what it drained in the same one) has its
     * records written in that transaction, never in another caller's group: it commits or rolls back with them.
     */
    private void appendInCallersTransaction(List<AuditEntry> entries) {
        appending.lock();
        try {
            appendLocked(entries);
        } finally {
            appending.unlock();
        }
    }

    /** Transactions that appended records since start: fewer than appends when appends were grouped. */
    long commits() {
        return commits.get();
    }

    private void writeWaitingGroup() {
        List<PendingAppend> group = new ArrayList<>();
        int records = 0;
        PendingAppend next;
        while (records < MAX_GROUP && (next = waiting.poll()) != null) {
            group.add(next);
            records += next.entries().size();
        }
        try {
            commit(group);
        } catch (RuntimeException failure) {
            if (group.size() == 1) {
                group.get(0).failed(failure);
                return;
            }
            group.forEach(this::commitAlone);
        } finally {
            // An Error on the way leaves no caller waiting for a group that is gone.
            group.stream().filter(append -> !append.isSettled())
                    .forEach(append -> append.failed(new IllegalStateException("the audit group commit did not finish")));
        }
    }

    private void commitAlone(PendingAppend append) {
        try {
            commit(List.of(append));
        } catch (RuntimeException failure) {
            append.failed(failure);
        }
    }

    private void commit(List<PendingAppend> group) {
        List<AuditEntry> entries = group.stream().flatMap(append -> append.entries().stream()).toList();
        transactions.executeWithoutResult(status -> appendLocked(entries));
        commits.incrementAndGet();
        group.forEach(PendingAppend::committed);
    }

    /** Signs the head as it is now unless it already has a checkpoint (the periodic checkpoint). */
    void checkpointHead() {
        appending.lock();
        try {
            transactions.executeWithoutResult(status -> checkpoints.writeIfNew(lockedHead()));
        } finally {
            appending.unlock();
        }
    }

    AuditCheckpoints checkpoints() {
        return checkpoints;
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

    private Head lockedHead() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    private void appendLocked(List<AuditEntry> entries) {
        Head head = lockedHead();
        long firstSeq = head.seq() + 1;
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            long seq = head.seq() + 1;
            String hash = ChainHash.of(seq, entry, head.hash());
            rows.add(new Object[] {seq, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.clientId(),
                    entry.officerId(), entry.dossierCode(), entry.dataset(), entry.operation(), entry.subjectHash(),
                    entry.outcome(), entry.correlationId(), head.hash(), hash, entry.purposeCheck(),
                    entry.overrideReason(), entry.transport()});
            head = new Head(seq, hash);
        }
        jdbc.batchUpdate("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.seq(), head.hash());
        if (head.seq() / checkpointEvery > (firstSeq - 1) / checkpointEvery) {
            checkpoints.writeIfNew(head);
        }
    }

    private static AuditRecord recordOf(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("client_id"), rs.getString("officer_id"), rs.getString("dossier_code"),
                rs.getString("dataset"), rs.getString("operation"), rs.getString("subject_hash"),
                rs.getString("outcome"), rs.getString("correlation_id"), rs.getString("purpose_check"),
                rs.getString("override_reason"), rs.getString("transport"));
        return new AuditRecord(rs.getLong("seq"), entry, rs.getString("prev_hash"), rs.getString("record_hash"));
    }
}
