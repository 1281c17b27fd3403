package vn.hanoi.gateway.transfers;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.documentaxis.AxisStatus;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlManifest;

/**
 * What the recipient answered a transfer, as the axis inbox stored it ({@code axis_inbox_item}, written by the inbox
 * reader): the statuses and the documents whose {@code ResponseFor} is the transfer's {@code DocumentId}, in arrival
 * order (the axis's {@code receivedAt}, then when the gateway stored them).
 */
@Repository
class TransferAnswers {

    private static final String ORDER = " ORDER BY received_at, stored_at, message_id";

    private final JdbcClient jdbc;
    private final EdxmlManifest manifest = new EdxmlManifest();

    TransferAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TransferView.Step> history(String documentId) {
        return jdbc.sql("SELECT status_code, description, sent_at, received_at FROM axis_inbox_item "
                        + "WHERE kind = 'STATUS' AND response_for = :documentId" + ORDER)
                .param("documentId", documentId)
                .query((row, n) -> new TransferView.Step(row.getString("status_code"),
                        AxisStatus.of(row.getString("status_code")).name(), row.getString("description"),
                        Timestamps.inVietnam(Timestamps.instant(row, "sent_at")),
                        Timestamps.inVietnam(Timestamps.instant(row, "received_at"))))
                .list();
    }

    List<TransferView.Reply> replies(String documentId) {
        return jdbc.sql("SELECT document_id, description, received_at, edxml FROM axis_inbox_item "
                        + "WHERE kind = 'DOCUMENT' AND response_for = :documentId" + ORDER)
                .param("documentId", documentId)
                .query((row, n) -> new TransferView.Reply(row.getString("document_id"), row.getString("description"),
                        Timestamps.inVietnam(Timestamps.instant(row, "received_at")),
                        manifest.attachments(row.getString("edxml"))))
                .list();
    }
}
