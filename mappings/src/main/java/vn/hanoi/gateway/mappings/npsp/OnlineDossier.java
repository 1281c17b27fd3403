package vn.hanoi.gateway.mappings.npsp;

import com.fasterxml.jackson.annotation.JsonRootName;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dossier submitted online on the portal ({@code LayDanhSachHoSoTrucTuyen}), in canonical terms.
 * {@code chosenUnitCode} is the receiving unit the applicant chose ({@code MaDonViNhan}); {@code parcel}
 * is the land parcel the dossier is about, when it names one ({@code ThuaDat}).
 */
public record OnlineDossier(
        String dossierCode,
        String procedureCode,
        String procedureName,
        Applicant applicant,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        DossierStatus status,
        Channel channel,
        String chosenUnitCode,
        List<Document> documents,
        Parcel parcel) {

    public OnlineDossier {
        documents = List.copyOf(documents);
    }

    /** A file submitted with the dossier. */
    public record Document(String componentCode, DocumentType documentType, String documentId, String fileName) {
    }

    /**
     * A parcel as the land register names it: its pre-2025 commune ({@code MaXa}), map sheet and number. Named
     * {@code OnlineDossierParcel} in the OpenAPI document (its schema name comes from {@code @JsonRootName}, which
     * changes no JSON unless a root wrapper is switched on): as plain {@code Parcel} it replaced the land register's
     * {@code Parcel} there, and the land lookups' examples no longer matched their schema.
     */
    @JsonRootName("OnlineDossierParcel")
    public record Parcel(String legacyCommuneCode, String mapSheetNumber, String parcelNumber) {
    }
}
