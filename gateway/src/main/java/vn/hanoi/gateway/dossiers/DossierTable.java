package vn.hanoi.gateway.dossiers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/** Counter dossiers and their status history, in {@code npsp_dossier} and {@code npsp_dossier_history}. */
@Repository
class DossierTable {

    private static final String SELECT = "SELECT content, status, status_at FROM npsp_dossier WHERE dossier_code = :code";

    private final JdbcClient jdbc;

    DossierTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dossier as stored: instants in Vietnam time, so that an unchanged one compares equal. */
    record Stored(CounterDossier dossier, DossierStatus status, Instant statusAt) {
    }

    record HistoryEntry(DossierStatus status, String officer, String officerTitle, String department, String note,
                        Instant at) {

        boolean isSameAs(ProgressUpdate update) {
            return new HistoryEntry(update.status(), update.officer(), update.officerTitle(), update.department(),
                    update.note(), update.at().toInstant()).equals(this);
        }
    }

    /** The dossier, locked until the transaction ends, so that its changes are taken one at a time. */
    Optional<Stored> lock(String code) {
        return jdbc.sql(SELECT + " FOR UPDATE").param("code", code).query(DossierTable::stored).optional();
    }

    Optional<Stored> find(String code) {
        return jdbc.sql(SELECT).param("code", code).query(DossierTable::stored).optional();
    }

    void insert(CounterDossier dossier, Instant now) {
        jdbc.sql("INSERT INTO npsp_dossier (dossier_code, procedure_code, content, status, status_at, created_at, updated_at) "
                        + "VALUES (:code, :procedure, :content, :status, :statusAt, :now, :now)")
                .param("code", dossier.dossierCode()).param("procedure", dossier.procedureCode())
                .param("content", NpspJson.write(dossier)).param("status", DossierStatus.RECEIVED.name())
                .param("statusAt", Timestamps.sql(dossier.receivedAt())).param("now", Timestamps.sql(now)).update();
        addHistory(dossier.dossierCode(), new ProgressUpdate(DossierStatus.RECEIVED, null, null, null, null,
                dossier.receivedAt()), now);
    }

    void replace(CounterDossier dossier, Instant now) {
        jdbc.sql("UPDATE npsp_dossier SET procedure_code = :procedure, content = :content, updated_at = :now "
                        + "WHERE dossier_code = :code")
                .param("procedure", dossier.procedureCode()).param("content", NpspJson.write(dossier))
                .param("now", Timestamps.sql(now)).param("code", dossier.dossierCode()).update();
    }

    void moveTo(String code, ProgressUpdate update, Instant now) {
        jdbc.sql("UPDATE npsp_dossier SET status = :status, status_at = :at, updated_at = :now WHERE dossier_code = :code")
                .param("status", update.status().name()).param("at", Timestamps.sql(update.at()))
                .param("now", Timestamps.sql(now)).param("code", code).update();
        addHistory(code, update, now);
    }

    List<HistoryEntry> history(String code) {
        return jdbc.sql("SELECT status, officer, officer_title, department, note, acted_at FROM npsp_dossier_history "
                        + "WHERE dossier_code = :code ORDER BY seq")
                .param("code", code)
                .query((row, n) -> new HistoryEntry(DossierStatus.valueOf(row.getString("status")),
                        row.getString("officer"), row.getString("officer_title"), row.getString("department"),
                        row.getString("note"), Timestamps.instant(row, "acted_at")))
                .list();
    }

    /** Appends to the history; the caller holds the dossier's lock, so the sequence cannot race. */
    private void addHistory(String code, ProgressUpdate update, Instant now) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM npsp_dossier_history WHERE dossier_code = :code")
                .param("code", code).query(Integer.class).single();
        jdbc.sql("INSERT INTO npsp_dossier_history (dossier_code, seq, status, officer, officer_title, department, note, "
                        + "acted_at, recorded_at) VALUES (:code, :seq, :status, :officer, :title, :department, :note, :at, :now)")
                .param("code", code).param("seq", seq).param("status", update.status().name()).param("officer", update.officer())
                .param("title", update.officerTitle()).param("department", update.department())
                .param("note", update.note()).param("at", Timestamps.sql(update.at()))
                .param("now", Timestamps.sql(now)).update();
    }

    private static Stored stored(ResultSet row, int n) throws SQLException {
        return new Stored(NpspJson.read(row.getString("content"), CounterDossier.class),
                DossierStatus.valueOf(row.getString("status")), Timestamps.instant(row, "status_at"));
    }

    /** The dossier with its instants in Vietnam time, as it is stored, compared and shown. */
    static CounterDossier normalised(CounterDossier dossier) {
        return new CounterDossier(dossier.dossierCode(), dossier.procedureCode(), dossier.applicant(),
                PortalTime.inVietnam(dossier.receivedAt()), PortalTime.inVietnam(dossier.dueAt()), dossier.channel(),
                dossier.receivingUnitCode(), dossier.summary(), dossier.documents(), dossier.parties(), dossier.parcel());
    }
}
