package vn.hanoi.gateway.dossiers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.audit.SubjectKey;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;

/**
 * What the plan's indicators count about each dossier, in {@code kpi_dossier}: written by the change that makes
 * the fact true, in its transaction, so the indicators are indexed aggregates over one table
 * ({@code docs/indicators.md}). A dossier registered at a counter replaces what the intake wrote for its code.
 */
@Repository
public class DossierFacts {

    private final JdbcClient jdbc;
    private final SubmittedComponents submitted;
    private final SubjectKey applicantKeys;

    DossierFacts(JdbcClient jdbc, SubmittedComponents submitted, SubjectKey applicantKeys) {
        this.jdbc = jdbc;
        this.submitted = submitted;
        this.applicantKeys = applicantKeys;
    }

    /** A counter dossier registered or updated; digitised when every listed document is in the warehouse. */
    void registered(CounterDossier dossier) {
        List<String> documentIds = dossier.documents() == null ? List.of()
                : dossier.documents().stream().map(CounterDossier.Document::documentId).filter(Objects::nonNull).toList();
        boolean digitised = !documentIds.isEmpty() && heldByTheWarehouse(documentIds) == documentIds.size();
        int updated = jdbc.sql("UPDATE kpi_dossier SET registered = TRUE, online = :online, unit_code = :unit, "
                        + "received_at = :received, due_at = :due, digitised = :digitised, "
                        + "applicant_type = :applicantType, applicant_key = :applicantKey WHERE dossier_code = :code")
                .param("online", dossier.channel() == Channel.ONLINE).param("unit", dossier.receivingUnitCode())
                .param("received", Timestamps.sql(dossier.receivedAt())).param("due", Timestamps.sql(dossier.dueAt()))
                .param("digitised", digitised).param("applicantType", applicantType(dossier.applicant()))
                .param("applicantKey", applicantKey(dossier.applicant())).param("code", dossier.dossierCode()).update();
        if (updated == 0) {
            insert(dossier.dossierCode(), true, dossier.channel() == Channel.ONLINE, dossier.receivingUnitCode(),
                    dossier.receivedAt(), dossier.dueAt(), digitised, dossier.applicant());
        }
        submitted.submitted(dossier.dossierCode(), dossier.procedureCode(), dossier.documents() == null ? List.of()
                : dossier.documents().stream().map(document -> new SubmittedComponents.Submitted(
                        document.componentCode(), document.documentId())).toList());
    }

    /**
     * A dossier submitted online and taken in; it counts once (a code already known, registered or taken, is left
     * as it is), and only until a counter registers that code.
     */
    public void takenOnline(OnlineDossier dossier, String routedUnitCode) {
        if (insert(dossier.dossierCode(), false, true, routedUnitCode, dossier.receivedAt(), dossier.dueAt(), true,
                dossier.applicant()) == 1) {
            submitted.submitted(dossier.dossierCode(), dossier.procedureCode(), dossier.documents().stream()
                    .map(document -> new SubmittedComponents.Submitted(document.componentCode(), document.documentId()))
                    .toList());
        }
    }

    /** The dossier was prefilled: whether its applicant resubmitted something the state held may have changed. */
    public void prefilled(String dossierCode) {
        submitted.reassess(dossierCode);
    }

    /** A status step: the first step to PROCESSED or RESULT_RETURNED settles the dossier. */
    void progressed(String dossierCode, ProgressUpdate update) {
        if (update.status() == DossierStatus.PROCESSED || update.status() == DossierStatus.RESULT_RETURNED) {
            jdbc.sql("UPDATE kpi_dossier SET settled_at = :at WHERE dossier_code = :code AND settled_at IS NULL")
                    .param("at", Timestamps.sql(update.at())).param("code", dossierCode).update();
        }
    }

    /** A result set with verified signatures was accepted for the dossier. */
    public void signedResultAccepted(String dossierCode) {
        jdbc.sql("UPDATE kpi_dossier SET signed_result = TRUE WHERE dossier_code = :code")
                .param("code", dossierCode).update();
    }

    private long heldByTheWarehouse(List<String> documentIds) {
        return jdbc.sql("SELECT COUNT(DISTINCT document_id) FROM warehouse_document WHERE document_id IN (:ids)")
                .param("ids", documentIds).query(Long.class).single();
    }

    /** A code already known keeps its row: registration updates it first, the intake never overwrites it. */
    private int insert(String code, boolean registered, boolean online, String unitCode, OffsetDateTime receivedAt,
                       OffsetDateTime dueAt, boolean digitised, Applicant applicant) {
        return jdbc.sql("INSERT INTO kpi_dossier (dossier_code, registered, online, unit_code, received_at, due_at, "
                        + "settled_at, digitised, signed_result, applicant_type, applicant_key) VALUES (:code, "
                        + ":registered, :online, :unit, :received, :due, NULL, :digitised, FALSE, :applicantType, "
                        + ":applicantKey) ON CONFLICT DO NOTHING")
                .param("code", code).param("registered", registered).param("online", online).param("unit", unitCode)
                .param("received", Timestamps.sql(receivedAt)).param("due", Timestamps.sql(dueAt))
                .param("digitised", digitised).param("applicantType", applicantType(applicant))
                .param("applicantKey", applicantKey(applicant)).update();
    }

    private static String applicantType(Applicant applicant) {
        return applicant == null || applicant.type() == null ? null : applicant.type().name();
    }

    /** Persons and businesses are counted by this key, never by their id. */
    private String applicantKey(Applicant applicant) {
        return applicant == null || applicant.id() == null ? null : applicantKeys.hashOf(applicant.id());
    }
}
