package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.DocumentType;

/**
 * A dossier another agency transferred to the gateway, as a unit's inbox shows it ({@code API.md}, "Incoming"):
 * the dossier ({@code MaHoSo}, {@code MaTTHC}, the applicant) and the transfer that brought it. Each attachment's
 * {@code documentId} is the warehouse's, null until the file is kept there.
 */
public record IncomingTransfer(String dossierCode, String procedureCode, Applicant applicant, Transfer transfer) {

    /** The document that carried the dossier. */
    public record Transfer(String documentId, String fromOrganId, String fromOrganName, TransferPurpose purpose,
                           String subject, LocalDate replyBy, List<Attachment> attachments) {

        public Transfer {
            attachments = List.copyOf(attachments);
        }
    }

    /** A file of the transfer; {@code documentType} from {@code MaGiayTo}, null when absent or unknown. */
    public record Attachment(String name, String mediaType, String sha256, DocumentType documentType,
                             String documentId) {
    }

    /** The incoming transfer a document carrying a dossier ({@code HoSoLienThong}) stands for. */
    public static IncomingTransfer of(AxisDocument document) {
        TransferredDossier dossier = document.dossier();
        if (dossier == null) {
            throw new IllegalArgumentException("document " + document.documentId() + " carries no dossier");
        }
        return new IncomingTransfer(dossier.dossierCode(), dossier.procedureCode(), dossier.applicant(),
                new Transfer(document.documentId(), document.fromOrganId(), document.fromOrganName(),
                        dossier.purpose(), document.subject(), dossier.replyBy(),
                        document.attachments().stream().map(file -> new Attachment(file.name(), file.mediaType(),
                                file.sha256(), file.documentType(), null)).toList()));
    }

    /** The same transfer, its attachments (in order) kept in the warehouse under {@code documentIds}. */
    public IncomingTransfer keptAs(List<String> documentIds) {
        List<Attachment> files = transfer.attachments();
        if (documentIds.size() != files.size()) {
            throw new IllegalArgumentException(files.size() + " attachments, " + documentIds.size() + " ids");
        }
        List<Attachment> kept = IntStream.range(0, files.size()).mapToObj(i -> new Attachment(files.get(i).name(),
                files.get(i).mediaType(), files.get(i).sha256(), files.get(i).documentType(), documentIds.get(i)))
                .toList();
        return new IncomingTransfer(dossierCode, procedureCode, applicant, new Transfer(transfer.documentId(),
                transfer.fromOrganId(), transfer.fromOrganName(), transfer.purpose(), transfer.subject(),
                transfer.replyBy(), kept));
    }
}
