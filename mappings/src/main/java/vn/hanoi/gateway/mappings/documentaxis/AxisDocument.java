package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document sent over the axis: its header, the dossier it carries ({@code HoSoLienThong}, null when absent) and its
 * attachments, each checked against its {@code Sha256}. {@code responseFor} lists every {@code ResponseFor/DocumentId}.
 */
public record AxisDocument(String documentId, String fromOrganId, String fromOrganName, List<String> toOrganIds,
                           String codeNumber, String codeNotation, LocalDate promulgationDate, String subject,
                           List<String> responseForIds, OffsetDateTime sentAt, TransferredDossier dossier,
                           List<AxisAttachment> attachments) implements EdxmlMessage {

    public AxisDocument {
        toOrganIds = List.copyOf(toOrganIds);
        responseForIds = List.copyOf(responseForIds);
        attachments = List.copyOf(attachments);
    }

    @Override
    public String responseFor() {
        return responseForIds.isEmpty() ? null : responseForIds.get(0);
    }

    @Override
    public String description() {
        return subject;
    }
}
