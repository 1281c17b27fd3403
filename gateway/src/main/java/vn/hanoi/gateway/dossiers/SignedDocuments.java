package vn.hanoi.gateway.dossiers;

import java.time.OffsetDateTime;
import java.util.Optional;
import vn.hanoi.gateway.mappings.npsp.Applicant;

/**
 * The warehouse as a dossier's results need it (the warehouse implements it, as it does {@link DigitisedDocuments}):
 * a document of the applicant with what its signature check found, and its bytes for the upload to the portal.
 */
public interface SignedDocuments {

    /**
     * A held document: {@code verdict} is a {@code SignatureVerdict} name ({@code VALID}, {@code NOT_PDF}, …),
     * {@code signer} the signer certificate's CN and {@code signedAt} the signing time (null without a readable
     * signature).
     */
    record Held(String documentId, String title, String documentType, String issuer, String mediaType, long sizeBytes,
                String sha256, String verdict, String signer, OffsetDateTime signedAt) {
    }

    /** The document if it is held as the applicant's (another owner's counts as not held). */
    Optional<Held> find(Applicant applicant, String documentId);

    /** The document's bytes, checked against {@code sha256}; {@link IllegalArgumentException} when they do not match. */
    byte[] content(String documentId, String sha256);
}
