package vn.hanoi.gateway.transfers;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.RegisteredDossiers;
import vn.hanoi.gateway.mappings.documentaxis.DocumentIds;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlWriter;
import vn.hanoi.gateway.mappings.documentaxis.OutgoingDocument;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.routes.documentaxis.TransferOutbox;
import vn.hanoi.gateway.warehouse.HeldDocuments;
import vn.hanoi.gateway.warehouse.WarehouseDocument;

/**
 * The transfers' outbox as the axis's sending route uses it: the PENDING transfers due, and each one's edXML built
 * from the dossier and the warehouse files. Each attachment is named after its title (ASCII, hyphens) with its media
 * type's extension, described by its title, typed by the portal's {@code MaGiayTo} of its document type when it has
 * one. The recipient's {@code OrganName} is left empty (the axis routes by id). The content is the same on every
 * attempt (only {@code TraceHeader/Timestamp} moves), so the axis answers a repeat with the first {@code messageId}.
 */
@Component
class AxisTransferOutbox implements TransferOutbox {

    /** The {@code PromulgationInfo/Place} of the city's documents. */
    static final String PLACE = "Hà Nội";
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png", "application/xml", "xml");

    private final TransferTable table;
    private final RegisteredDossiers dossiers;
    private final HeldDocuments warehouse;
    private final OutgoingDocument.Organ gateway;
    private final EdxmlWriter writer = new EdxmlWriter();

    AxisTransferOutbox(TransferTable table, RegisteredDossiers dossiers, HeldDocuments warehouse,
                       @Value("${gateway.connectors.document-axis.organ-id}") String organId,
                       @Value("${gateway.connectors.document-axis.organ-name:}") String organName) {
        this.table = table;
        this.dossiers = dossiers;
        this.warehouse = warehouse;
        this.gateway = new OutgoingDocument.Organ(organId, organName);
    }

    @Override
    public List<QueuedTransfer> due(Instant now, int limit) {
        return table.due(now, limit).stream()
                .map(transfer -> new QueuedTransfer(transfer.transferId(), transfer.documentId(), transfer.attempts()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public String edxml(QueuedTransfer queued, Instant now) {
        StoredTransfer transfer = table.find(queued.transferId())
                .orElseThrow(() -> new IllegalStateException("no transfer " + queued.transferId()));
        CounterDossier dossier = dossiers.find(transfer.dossierCode())
                .orElseThrow(() -> new IllegalStateException("no dossier for transfer " + queued.transferId())).dossier();
        Applicant applicant = dossier.applicant();
        return writer.write(new OutgoingDocument(gateway,
                List.of(new OutgoingDocument.Organ(transfer.recipientOrganId(), "")), transfer.documentId(),
                transfer.transferId(), DocumentIds.CODE_NOTATION, PLACE,
                LocalDate.ofInstant(transfer.createdAt(), PortalTime.VIETNAM), transfer.subject(),
                now.atZone(PortalTime.VIETNAM).toOffsetDateTime(), attachments(transfer),
                new OutgoingDocument.Dossier(dossier.dossierCode(), dossier.procedureCode(), transfer.purpose(), null,
                        applicant.name(), applicant.type(), applicant.id(), transfer.replyBy())));
    }

    @Override
    public void accepted(QueuedTransfer transfer, String messageId, OffsetDateTime acceptedAt) {
        table.sent(transfer.transferId(), messageId, acceptedAt);
    }

    @Override
    public void failed(QueuedTransfer transfer, String error, Instant at) {
        table.failed(transfer.transferId(), error);
    }

    @Override
    public void retryLater(QueuedTransfer transfer, String error, Instant next) {
        table.retryLater(transfer.transferId(), error, next);
    }

    private List<OutgoingDocument.Attachment> attachments(StoredTransfer transfer) {
        List<OutgoingDocument.Attachment> attachments = new ArrayList<>();
        for (String documentId : transfer.documentIds()) {
            WarehouseDocument document = warehouse.find(documentId)
                    .orElseThrow(() -> new IllegalStateException("a document of transfer " + transfer.transferId()
                            + " left the warehouse"));
            attachments.add(new OutgoingDocument.Attachment(fileName(document), document.mediaType(), document.title(),
                    document.sha256(), maGiayTo(document.documentType()), warehouse.content(document)));
        }
        return attachments;
    }

    /** {@code Phiếu chuyển thông tin địa chính} as {@code phieu-chuyen-thong-tin-dia-chinh.pdf}. */
    static String fileName(WarehouseDocument document) {
        String plain = Normalizer.normalize(document.title().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        String stem = plain.isEmpty() ? document.documentId() : plain;
        return stem + "." + EXTENSIONS.getOrDefault(document.mediaType(), "bin");
    }

    private static String maGiayTo(String documentType) {
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(documentType)) {
                return type.portalCode();
            }
        }
        return null;
    }
}
