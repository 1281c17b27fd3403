package vn.hanoi.gateway.transfers;

import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlManifest;

/**
 * A Transfer as {@code API.md} shows it: the transfer as asked, its edXML {@code DocumentId}, the axis's
 * {@code messageId}, its status ({@code PENDING}, {@code SENT}, {@code FAILED}, {@code RECORDED}, else the last axis
 * status received), the error that failed it, and the recipient's statuses ({@code history}, in arrival order) and
 * reply documents ({@code replies}).
 */
record TransferView(String transferId, String dossierCode, String recipientOrganId, String purpose, String subject,
                    String channel, String documentId, String messageId, OffsetDateTime createdAt,
                    OffsetDateTime sentAt, String status, String lastError, List<Step> history, List<Reply> replies) {

    /** A status the recipient sent: its code, its meaning, its text, its {@code Timestamp} and when it arrived. */
    record Step(String statusCode, String status, String description, OffsetDateTime at, OffsetDateTime receivedAt) {
    }

    /** A document that answered the transfer ({@code ResponseFor} its {@code DocumentId}). */
    record Reply(String documentId, String subject, OffsetDateTime receivedAt, List<EdxmlManifest.Listed> attachments) {
    }
}
