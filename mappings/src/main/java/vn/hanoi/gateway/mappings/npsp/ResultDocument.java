package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;

/**
 * One document of a dossier's result set ({@code POST /api/v1/dossiers/{code}/result}): the warehouse document with
 * its warehouse document type (an evidence-map type, or another code of the
 * warehouse's), its number (số ký hiệu, {@code ""} if none), what its verified signature says (the signer certificate's CN, the
 * signing time) and the file's SHA-256, by which the portal keys the uploaded file.
 */
public record ResultDocument(String documentId, String title, String documentType, String number, String signer,
                             OffsetDateTime signedAt, String issuer, String sha256) {
}
