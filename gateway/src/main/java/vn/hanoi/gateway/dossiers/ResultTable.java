package vn.hanoi.gateway.dossiers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.mappings.npsp.ResultDocument;
import vn.hanoi.gateway.routes.npsp.ResultFiles;

/**
 * Dossiers' result sets ({@code npsp_dossier_result}), the files queued for and uploaded to the portal
 * ({@code npsp_result_file}, with the portal's {@code IdTep}) and when a result was returned
 * ({@code npsp_dossier.returned_at}); V40__npsp_dossier_results.sql. Writes run under the dossier's row lock.
 */
@Repository
class ResultTable implements ResultFiles {

    private final JdbcClient jdbc;
    private final SignedDocuments warehouse;

    ResultTable(JdbcClient jdbc, SignedDocuments warehouse) {
        this.jdbc = jdbc;
        this.warehouse = warehouse;
    }

    /** One result as the dossier view shows it: its document and the portal's file id (null until uploaded). */
    record Shown(ResultDocument result, String portalFileId) {
    }

    /** Replaces the dossier's result set with {@code results}, in their order. */
    void replace(String dossierCode, List<ResultDocument> results) {
        jdbc.sql("DELETE FROM npsp_dossier_result WHERE dossier_code = :code").param("code", dossierCode).update();
        for (int i = 0; i < results.size(); i++) {
            ResultDocument result = results.get(i);
            jdbc.sql("INSERT INTO npsp_dossier_result (dossier_code, seq, document_id, doc_number, title, document_type, "
                            + "signer, signed_at, issuer, sha256) VALUES (:code, :seq, :id, :number, :title, :type, "
                            + ":signer, :signedAt, :issuer, :sha256)")
                    .param("code", dossierCode).param("seq", i).param("id", result.documentId())
                    .param("number", result.number()).param("title", result.title()).param("type", result.documentType())
                    .param("signer", result.signer()).param("signedAt", Timestamps.sql(result.signedAt()))
                    .param("issuer", result.issuer()).param("sha256", result.sha256()).update();
        }
    }

    List<ResultDocument> results(String dossierCode) {
        return shown(dossierCode).stream().map(Shown::result).toList();
    }

    List<Shown> shown(String dossierCode) {
        return jdbc.sql("SELECT r.document_id, r.title, r.document_type, r.doc_number, r.signer, r.signed_at, r.issuer, "
                        + "r.sha256, f.portal_file_id FROM npsp_dossier_result r LEFT JOIN npsp_result_file f "
                        + "ON f.dossier_code = r.dossier_code AND f.sha256 = r.sha256 "
                        + "WHERE r.dossier_code = :code ORDER BY r.seq")
                .param("code", dossierCode)
                .query((row, n) -> new Shown(new ResultDocument(row.getString("document_id"), row.getString("title"),
                        row.getString("document_type"), row.getString("doc_number"), row.getString("signer"),
                        Timestamps.inVietnam(Timestamps.instant(row, "signed_at")), row.getString("issuer"),
                        row.getString("sha256")), row.getString("portal_file_id")))
                .list();
    }

    /** Queues the file for upload unless it already was, for this dossier; whether it was queued now. */
    boolean queue(String dossierCode, ResultDocument result, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM npsp_result_file WHERE dossier_code = :code AND sha256 = :sha256")
                .param("code", dossierCode).param("sha256", result.sha256()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("INSERT INTO npsp_result_file (dossier_code, sha256, document_id, queued_at) "
                        + "VALUES (:code, :sha256, :id, :now)")
                .param("code", dossierCode).param("sha256", result.sha256()).param("id", result.documentId())
                .param("now", Timestamps.sql(now)).update();
        return true;
    }

    void returned(String dossierCode, OffsetDateTime at) {
        jdbc.sql("UPDATE npsp_dossier SET returned_at = :at WHERE dossier_code = :code")
                .param("at", Timestamps.sql(at)).param("code", dossierCode).update();
    }

    OffsetDateTime returnedAt(String dossierCode) {
        return jdbc.sql("SELECT returned_at FROM npsp_dossier WHERE dossier_code = :code").param("code", dossierCode)
                .query((row, n) -> Optional.ofNullable(Timestamps.inVietnam(Timestamps.instant(row, "returned_at"))))
                .optional().flatMap(at -> at).orElse(null);
    }

    @Override
    public byte[] content(String documentId, String sha256) {
        return warehouse.content(documentId, sha256);
    }

    @Override
    public Map<String, String> portalFileIds(String dossierCode) {
        Map<String, String> ids = new LinkedHashMap<>();
        jdbc.sql("SELECT sha256, portal_file_id FROM npsp_result_file WHERE dossier_code = :code "
                        + "AND portal_file_id IS NOT NULL")
                .param("code", dossierCode)
                .query((row, n) -> Map.entry(row.getString("sha256"), row.getString("portal_file_id"))).list()
                .forEach(file -> ids.put(file.getKey(), file.getValue()));
        return ids;
    }

    @Override
    public void uploaded(String dossierCode, String sha256, String portalFileId) {
        jdbc.sql("UPDATE npsp_result_file SET portal_file_id = :id, uploaded_at = CURRENT_TIMESTAMP "
                        + "WHERE dossier_code = :code AND sha256 = :sha256")
                .param("id", portalFileId).param("code", dossierCode).param("sha256", sha256).update();
    }
}
