package vn.hanoi.gateway.warehouse;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/** Document metadata in {@code warehouse_document}; the files are {@link DocumentFiles}'. */
@Repository
class DocumentTable {

    private static final String COLUMNS = "document_id, owner_type, owner_id, document_type, title, issuer, issued_on, "
            + "valid_until, dossier_code, media_type, size_bytes, sha256, stored_at, signature_verdict, signer, signed_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM warehouse_document";

    private final JdbcClient jdbc;

    DocumentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WarehouseDocument document) {
        SignatureCheck signature = document.signature();
        jdbc.sql("INSERT INTO warehouse_document (" + COLUMNS + ") VALUES (:id, :ownerType, :ownerId, :type, :title, "
                        + ":issuer, :issuedOn, :validUntil, :dossier, :mediaType, :size, :sha256, :storedAt, "
                        + ":verdict, :signer, :signedAt)")
                .param("id", document.documentId()).param("ownerType", document.ownerType().name())
                .param("ownerId", document.ownerId()).param("type", document.documentType())
                .param("title", document.title()).param("issuer", document.issuer())
                .param("issuedOn", sqlDate(document.issuedOn())).param("validUntil", sqlDate(document.validUntil()))
                .param("dossier", document.dossierCode()).param("mediaType", document.mediaType())
                .param("size", document.sizeBytes()).param("sha256", document.sha256())
                .param("storedAt", Timestamps.sql(document.storedAt()))
                .param("verdict", signature == null ? null : signature.verdict().name())
                .param("signer", signature == null ? null : signature.signer())
                .param("signedAt", signature == null ? null : Timestamps.sql(signature.signedAt()))
                .update();
    }

    Optional<WarehouseDocument> find(String documentId) {
        return jdbc.sql(SELECT + " WHERE document_id = :id").param("id", documentId)
                .query(DocumentTable::document).optional();
    }

    /** Newest first: by issue date, then by when it was stored. */
    List<WarehouseDocument> ofOwner(ApplicantType ownerType, String ownerId, int limit) {
        return jdbc.sql(SELECT + " WHERE owner_id = :ownerId AND owner_type = :ownerType "
                        + "ORDER BY issued_on DESC NULLS LAST, stored_at DESC, document_id LIMIT :limit")
                .param("ownerId", ownerId).param("ownerType", ownerType.name()).param("limit", limit)
                .query(DocumentTable::document).list();
    }

    private static WarehouseDocument document(ResultSet row, int n) throws SQLException {
        return new WarehouseDocument(row.getString("document_id"), ApplicantType.valueOf(row.getString("owner_type")),
                row.getString("owner_id"), row.getString("document_type"), row.getString("title"),
                row.getString("issuer"), localDate(row, "issued_on"), localDate(row, "valid_until"),
                row.getString("dossier_code"), row.getString("media_type"), row.getLong("size_bytes"),
                row.getString("sha256"), Timestamps.inVietnam(Timestamps.instant(row, "stored_at")), signature(row));
    }

    private static SignatureCheck signature(ResultSet row) throws SQLException {
        String verdict = row.getString("signature_verdict");
        if (verdict == null) {
            return null;
        }
        return new SignatureCheck(SignatureVerdict.valueOf(verdict), row.getString("signer"),
                Timestamps.inVietnam(Timestamps.instant(row, "signed_at")));
    }

    private static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
