package vn.hanoi.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed checkpoints of the chain ({@code audit_checkpoint}), written by {@link AuditLog} while it holds
 * the chain head's row lock, so that a checkpoint always signs a head that is in the chain.
 */
@Component
class AuditCheckpoints {

    private static final String COLUMNS = "seq, record_hash, signed_at, key_id, signature";

    private final JdbcTemplate jdbc;
    private final CheckpointSigner signer;

    AuditCheckpoints(JdbcTemplate jdbc, CheckpointSigner signer) {
        this.jdbc = jdbc;
        this.signer = signer;
    }

    /** Signs and stores the head unless it already has a checkpoint. Call with the head's row locked. */
    void writeIfNew(AuditLog.Head head) {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_checkpoint", Long.class);
        if (head.seq() == 0 || last != null && last >= head.seq()) {
            return;
        }
        AuditCheckpoint checkpoint = signer.sign(head);
        jdbc.update("INSERT INTO audit_checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", checkpoint.seq(),
                checkpoint.hash(), OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC), checkpoint.keyId(),
                checkpoint.signature());
    }

    /** Up to {@code limit} checkpoints after position {@code afterSeq}, oldest first. */
    List<AuditCheckpoint> after(long afterSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_checkpoint WHERE seq > ? ORDER BY seq LIMIT ?",
                (rs, row) -> checkpointOf(rs), afterSeq, limit);
    }

    /** Every checkpoint up to position {@code lastSeq}, oldest first. */
    List<AuditCheckpoint> upTo(long lastSeq) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_checkpoint WHERE seq <= ? ORDER BY seq",
                (rs, row) -> checkpointOf(rs), lastSeq);
    }

    /** A walk of the chain against the checkpoints up to position {@code lastSeq}, checked with the signer's key. */
    ChainWalk walkUpTo(long lastSeq) {
        return new ChainWalk(upTo(lastSeq), signer.publicKey());
    }

    private static AuditCheckpoint checkpointOf(ResultSet rs) throws SQLException {
        return new AuditCheckpoint(rs.getLong("seq"), rs.getString("record_hash"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getString("signature"));
    }
}
