package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/**
 * A document the gateway sends over the axis ({@code document-axis.md}, "A document"): its header, the dossier it
 * carries ({@code HoSoLienThong}) and its attachments, with their bytes. {@link EdxmlWriter} writes it.
 */
public record OutgoingDocument(
        Organ from,
        List<Organ> to,
        String documentId,
        String codeNumber,
        String codeNotation,
        String place,
        LocalDate promulgationDate,
        String subject,
        OffsetDateTime sentAt,
        List<Attachment> attachments,
        Dossier dossier) {

    public OutgoingDocument {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    /** An organ on the axis; the name may be empty (the axis routes by id). */
    public record Organ(String organId, String organName) {
    }

    /**
     * A file sent: its name, MIME type, optional description, SHA-256 (hex) of {@code content}, and the portal's
     * {@code MaGiayTo} (null when the document type has none).
     */
    public record Attachment(String name, String mediaType, String description, String sha256, String maGiayTo,
                             byte[] content) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && name.equals(that.name) && sha256.equals(that.sha256)
                    && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return sha256.hashCode();
        }

        @Override
        public String toString() {
            return "Attachment[" + name + ", " + sha256 + "]";
        }
    }

    /**
     * {@code HoSoLienThong}: the dossier, why it is sent, the addressed unit inside the recipient (null: none), the
     * applicant and the reply date wanted (null: none). {@link #toString()} hides the applicant.
     */
    public record Dossier(String dossierCode, String procedureCode, TransferPurpose purpose, String unitCode,
                          String applicantName, ApplicantType applicantType, String applicantId, LocalDate replyBy) {

        @Override
        public String toString() {
            return "Dossier[" + dossierCode + ", " + purpose + ", applicant=***]";
        }
    }
}
