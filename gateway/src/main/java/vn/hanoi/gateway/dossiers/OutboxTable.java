package vn.hanoi.gateway.dossiers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.routes.npsp.NpspJson;
import vn.hanoi.gateway.routes.npsp.OutboxEntry;

/** The outbox as the API and ops see it: written with each change, read as a dossier's sync state, replayed. */
@Repository
class OutboxTable {

    private final JdbcClient jdbc;

    OutboxTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A parked entry, without its payload (which holds personal data). */
    record Parked(long id, String dossierCode, OutboxEntry.Kind kind, int attempts, String lastError,
                  OffsetDateTime createdAt, OffsetDateTime parkedAt) {
    }

    enum Replay { REPLAYED, NOT_PARKED, UNKNOWN }

    /**
     * Must run in the transaction that makes the change, holding the dossier's lock ({@link DossierTable#lock} or
     * its insert): the entry is its dossier's head when nothing of the dossier is undelivered, and the lock keeps
     * a delivery from passing the head on meanwhile ({@link JdbcOutbox#delivered}).
     */
    void enqueue(String dossierCode, OutboxEntry.Kind kind, Object payload, String correlationId, Instant now) {
        jdbc.sql("INSERT INTO npsp_outbox (dossier_code, kind, payload, correlation_id, state, attempts, created_at, "
                        + "next_attempt_at, head) VALUES (:code, :kind, :payload, :correlation, 'PENDING', 0, :now, :now, "
                        + "NOT EXISTS (SELECT 1 FROM npsp_outbox WHERE dossier_code = :code AND state <> 'DELIVERED'))")
                .param("code", dossierCode).param("kind", kind.name()).param("payload", NpspJson.write(payload))
                .param("correlation", correlationId).param("now", Timestamps.sql(now)).update();
    }

    SyncView syncOf(String dossierCode) {
        record Row(String state, int attempts, String lastError, Instant deliveredAt) {
        }
        List<Row> rows = jdbc.sql("SELECT state, attempts, last_error, delivered_at FROM npsp_outbox "
                        + "WHERE dossier_code = :code ORDER BY id")
                .param("code", dossierCode)
                .query((row, n) -> new Row(row.getString("state"), row.getInt("attempts"), row.getString("last_error"),
                        Timestamps.instant(row, "delivered_at")))
                .list();
        OffsetDateTime lastDelivered = rows.stream().map(Row::deliveredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .map(Timestamps::inVietnam).orElse(null);
        return rows.stream().filter(row -> !"DELIVERED".equals(row.state())).findFirst()
                .map(waiting -> new SyncView("PARKED".equals(waiting.state()) ? SyncView.FAILED : SyncView.PENDING,
                        waiting.attempts(), waiting.lastError(), lastDelivered))
                .orElse(new SyncView(SyncView.SYNCED, 0, null, lastDelivered));
    }

    /** The outbox at a glance for ops: entries waiting (not parked), the oldest waiting one's creation, parked. */
    record Backlog(long waiting, Instant oldestWaitingSince, long parked) {
    }

    Backlog backlog() {
        return jdbc.sql("SELECT COUNT(CASE WHEN state = 'PENDING' THEN 1 END) AS waiting, "
                        + "MIN(CASE WHEN state = 'PENDING' THEN created_at END) AS oldest, "
                        + "COUNT(CASE WHEN state = 'PARKED' THEN 1 END) AS parked "
                        + "FROM npsp_outbox WHERE state IN ('PENDING', 'PARKED')")
                .query((row, n) -> new Backlog(row.getLong("waiting"), Timestamps.instant(row, "oldest"),
                        row.getLong("parked")))
                .single();
    }

    /** The parked entries, oldest first. */
    List<Parked> parked(int limit) {
        return parked("id", limit);
    }

    /** The parked entries, most recently parked first. */
    List<Parked> lastParked(int limit) {
        return parked("parked_at DESC, id DESC", limit);
    }

    private List<Parked> parked(String order, int limit) {
        return jdbc.sql("SELECT id, dossier_code, kind, attempts, last_error, created_at, parked_at FROM npsp_outbox "
                        + "WHERE state = 'PARKED' ORDER BY " + order + " LIMIT :limit")
                .param("limit", limit)
                .query((row, n) -> new Parked(row.getLong("id"), row.getString("dossier_code"),
                        OutboxEntry.Kind.valueOf(row.getString("kind")), row.getInt("attempts"),
                        row.getString("last_error"), Timestamps.inVietnam(Timestamps.instant(row, "created_at")),
                        Timestamps.inVietnam(Timestamps.instant(row, "parked_at"))))
                .list();
    }

    /** Gives a parked entry back to the dispatcher, due now, with its attempts counted afresh. */
    Replay replay(long id, Instant now) {
        int replayed = jdbc.sql("UPDATE npsp_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now, "
                        + "parked_at = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = :id AND state = 'PARKED'")
                .param("now", Timestamps.sql(now)).param("id", id).update();
        if (replayed == 1) {
            return Replay.REPLAYED;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM npsp_outbox WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
        return exists ? Replay.NOT_PARKED : Replay.UNKNOWN;
    }
}
