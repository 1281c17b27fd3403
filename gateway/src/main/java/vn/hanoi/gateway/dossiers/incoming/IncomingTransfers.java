package vn.hanoi.gateway.dossiers.incoming;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.PersonalDataAccess;
import vn.hanoi.gateway.access.Purpose;
import vn.hanoi.gateway.audit.UnattendedAccesses;
import vn.hanoi.gateway.dossiers.DossierSubjects;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.documentaxis.AxisAttachment;
import vn.hanoi.gateway.mappings.documentaxis.AxisDocument;
import vn.hanoi.gateway.mappings.documentaxis.IncomingTransfer;
import vn.hanoi.gateway.mappings.documentaxis.IncomingTransferRouter;
import vn.hanoi.gateway.mappings.documentaxis.TransferredDossier;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.routes.documentaxis.InboxItem;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/**
 * Takes a document from the axis inbox as an incoming transfer ({@code API.md}, "Incoming") unless its
 * {@code ResponseFor} names one of the gateway's transfers (then it is that transfer's reply, read by the transfers'
 * side): routes it ({@link IncomingTransferRouter}), keeps each attachment in the warehouse as the applicant's
 * document, and offers it in {@code axis_incoming_transfer}. Keeping the applicant's data is audited as the intake's
 * reads are, just before the page that keeps it commits. A document without a dossier the gateway can name an owner for (no
 * {@code HoSoLienThong}, {@code MaHoSo}, {@code MaDoiTuong} or known {@code LoaiDoiTuong}) is not routed.
 */
@Component
class IncomingTransfers {

    static final String CLIENT = "document-axis-inbox";
    static final String OPERATION = "document-axis incoming transfer kept";
    private static final Logger LOG = LoggerFactory.getLogger(IncomingTransfers.class);

    private final JdbcClient jdbc;
    private final IncomingDocuments documents;
    private final UnattendedAccesses audit;
    private final IncomingTransferRouter router = new IncomingTransferRouter(AdminUnits.hanoi());

    IncomingTransfers(JdbcClient jdbc, IncomingDocuments documents, UnattendedAccesses audit) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
    }

    /** Called in the transaction that stores {@code item}, once per item. */
    void take(InboxItem item, AxisDocument document, Instant at) {
        if (answersATransfer(document.responseForIds())) {
            return;
        }
        if (!names(document.dossier())) {
            LOG.warn("Axis document {} from {} carries no dossier with an applicant: stored, not routed",
                    item.messageId(), item.from());
            return;
        }
        TransferredDossier dossier = document.dossier();
        Routing routing = router.route(dossier);
        String subject = DossierSubjects.citizen(dossier.applicant());
        List<String> kept = document.attachments().stream().map(file -> keep(document, file)).toList();
        IncomingTransfer transfer = IncomingTransfer.of(document).keptAs(kept);
        jdbc.sql("INSERT INTO axis_incoming_transfer (message_id, document_id, from_organ_id, dossier_code, decision, "
                        + "unit_code, candidates, received_at, content, taken_at) VALUES (:message, :document, :from, "
                        + ":dossier, :decision, :unit, :candidates, :received, :content, :taken)")
                .param("message", item.messageId()).param("document", document.documentId())
                .param("from", document.fromOrganId()).param("dossier", dossier.dossierCode())
                .param("decision", routing.decision().name()).param("unit", routing.unitCode())
                .param("candidates", String.join(",", routing.candidates()))
                .param("received", Timestamps.sql(item.receivedAt())).param("content", NpspJson.write(transfer))
                .param("taken", Timestamps.sql(at)).update();
        if (subject != null) {
            auditBeforeCommit(new PersonalDataAccess(CLIENT, new Dataset(Dataset.DOSSIERS),
                    new Purpose(dossier.dossierCode(), CLIENT), OPERATION), subject);
        }
        LOG.info("Incoming transfer {} from {} routed {} {}", item.messageId(), document.fromOrganId(),
                routing.decision(), routing.unitCode() == null ? routing.candidates() : routing.unitCode());
    }

    /**
     * Appends the audit record just before the page's transaction commits (or now, outside one): an append holds
     * the audit chain's head until commit, so appending before the page's attachments are verified and kept held
     * every request's audit record behind them (503 AUDIT_UNAVAILABLE under load). A failed append still fails
     * the commit: the page is not stored and is read again.
     */
    private void auditBeforeCommit(PersonalDataAccess access, String subject) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            audit.record(access, subject, "STORED");
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                audit.record(access, subject, "STORED");
            }
        });
    }

    private String keep(AxisDocument document, AxisAttachment file) {
        TransferredDossier dossier = document.dossier();
        return documents.keep(new IncomingDocuments.IncomingFile(dossier.applicant(),
                file.documentType() == null ? null : file.documentType().name(), file.name(),
                document.fromOrganName() == null ? document.fromOrganId() : document.fromOrganName(),
                document.promulgationDate(), dossier.dossierCode(), file.mediaType(), file.content()));
    }

    private boolean answersATransfer(List<String> responseFor) {
        return !responseFor.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM dossier_transfer WHERE document_id IN (:ids)")
                .param("ids", responseFor).query(Long.class).single() > 0;
    }

    private static boolean names(TransferredDossier dossier) {
        Applicant applicant = dossier == null ? null : dossier.applicant();
        return applicant != null && dossier.dossierCode() != null && applicant.type() != null && applicant.id() != null;
    }
}
