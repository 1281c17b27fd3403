package vn.hanoi.gateway.dossiers;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hanoi.gateway.routes.npsp.Outbox;
import vn.hanoi.gateway.routes.npsp.OutboxEntry;

/**
 * The outbox as the dispatcher claims it. A claim selects the due heads, each dossier's oldest undelivered entry
 * (marked {@code head}, read through the {@code npsp_outbox_due_heads} index so the claim's cost does not grow
 * with the backlog; {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so that instances do not wait on each other),
 * then takes each with a conditional update that sets a lease: only an entry nobody holds, or whose lease has
 * run out, is taken. The update is the claim on every database (on H2, which has one instance, it is the only
 * guard); the lease is what frees the entries of an instance that died. Delivering a head passes the mark to the
 * dossier's next entry under the dossier's row lock, the lock {@link OutboxTable#enqueue} runs under, so an entry
 * enqueued meanwhile is either seen here or sees the head delivered (V17__npsp_outbox_heads.sql).
 */
@Repository
class JdbcOutbox implements Outbox {

    private static final String DUE = "SELECT id FROM npsp_outbox WHERE head = TRUE AND state = 'PENDING' "
            + "AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now) "
            + "ORDER BY next_attempt_at, id LIMIT :limit";
    private static final String OURS = " WHERE id = :id AND claimed_by = :worker AND state = 'PENDING'";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String due;

    JdbcOutbox(JdbcClient jdbc, TransactionTemplate transaction, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.transaction = transaction;
        try (var connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            this.due = postgres ? DUE + " FOR UPDATE SKIP LOCKED" : DUE;
        }
    }

    @Override
    public List<OutboxEntry> claim(String worker, int limit, Instant now, Duration lease) {
        return transaction.execute(status -> {
            List<Long> due = jdbc.sql(this.due).param("now", Timestamps.sql(now)).param("limit", limit)
                    .query(Long.class).list();
            List<Long> claimed = due.stream().filter(id -> jdbc.sql("UPDATE npsp_outbox SET claimed_by = :worker, "
                            + "claimed_until = :until WHERE id = :id AND state = 'PENDING' "
                            + "AND (claimed_until IS NULL OR claimed_until <= :now)")
                    .param("worker", worker).param("until", Timestamps.sql(now.plus(lease)))
                    .param("now", Timestamps.sql(now)).param("id", id).update() == 1).toList();
            if (claimed.isEmpty()) {
                return List.of();
            }
            return jdbc.sql("SELECT id, dossier_code, kind, payload, attempts, correlation_id, claimed_until "
                            + "FROM npsp_outbox WHERE id IN (:ids) AND claimed_by = :worker ORDER BY id")
                    .param("ids", claimed).param("worker", worker)
                    .query((row, n) -> new OutboxEntry(row.getLong("id"), row.getString("dossier_code"),
                            OutboxEntry.Kind.valueOf(row.getString("kind")), row.getString("payload"),
                            row.getInt("attempts"), row.getString("correlation_id"),
                            Timestamps.instant(row, "claimed_until")))
                    .list();
        });
    }

    @Override
    public boolean delivered(OutboxEntry entry, String worker, Instant at) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("SELECT dossier_code FROM npsp_dossier WHERE dossier_code = :code FOR UPDATE")
                    .param("code", entry.dossierCode()).query(String.class).optional();
            boolean ours = jdbc.sql("UPDATE npsp_outbox SET state = 'DELIVERED', head = FALSE, delivered_at = :at, "
                            + "claimed_until = NULL" + OURS)
                    .param("at", Timestamps.sql(at)).param("id", entry.id()).param("worker", worker).update() == 1;
            if (ours) {
                jdbc.sql("UPDATE npsp_outbox SET head = TRUE WHERE id = (SELECT MIN(id) FROM npsp_outbox "
                                + "WHERE dossier_code = :code AND state <> 'DELIVERED')")
                        .param("code", entry.dossierCode()).update();
            }
            return ours;
        }));
    }

    @Override
    public boolean retryLater(OutboxEntry entry, String worker, String error, Instant nextAttemptAt, boolean counted) {
        String lastError = error == null ? "" : ", last_error = :error";
        JdbcClient.StatementSpec update = jdbc.sql("UPDATE npsp_outbox SET attempts = attempts + :counted, "
                        + "next_attempt_at = :next, claimed_by = NULL, claimed_until = NULL" + lastError + OURS)
                .param("counted", counted ? 1 : 0).param("next", Timestamps.sql(nextAttemptAt))
                .param("id", entry.id()).param("worker", worker);
        return (error == null ? update : update.param("error", truncated(error))).update() == 1;
    }

    @Override
    public boolean park(OutboxEntry entry, String worker, String error, Instant at) {
        return jdbc.sql("UPDATE npsp_outbox SET state = 'PARKED', attempts = attempts + 1, last_error = :error, "
                        + "parked_at = :at, claimed_until = NULL" + OURS)
                .param("error", truncated(error)).param("at", Timestamps.sql(at))
                .param("id", entry.id()).param("worker", worker).update() == 1;
    }

    private static String truncated(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
