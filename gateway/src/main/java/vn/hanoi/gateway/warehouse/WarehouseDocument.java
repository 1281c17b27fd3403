package vn.hanoi.gateway.warehouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/**
 * A document held by the warehouse, as its metadata says: whose it is, what it is, who issued it, until when it
 * is valid ({@code validUntil} null: for good), the file's media type, size and SHA-256, and when it was stored
 * (to the second, in Vietnam's offset), and the verdict on its digital signature (null: stored before signatures
 * were checked).
 */
public record WarehouseDocument(
        String documentId,
        ApplicantType ownerType,
        String ownerId,
        String documentType,
        String title,
        String issuer,
        LocalDate issuedOn,
        LocalDate validUntil,
        String dossierCode,
        String mediaType,
        long sizeBytes,
        String sha256,
        OffsetDateTime storedAt,
        SignatureCheck signature) {

    /** Valid on that day: no end date, or an end date not past. */
    public boolean isCurrentOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    /** Never prints the owner. */
    @Override
    public String toString() {
        return "WarehouseDocument[" + documentId + ", " + documentType + ", owner=***]";
    }
}
