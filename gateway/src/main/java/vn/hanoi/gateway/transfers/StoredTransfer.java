package vn.hanoi.gateway.transfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hanoi.gateway.mappings.documentaxis.TransferPurpose;

/** A row of {@code dossier_transfer}: the transfer as asked, and where its sending stands. */
record StoredTransfer(String transferId, String dossierCode, String recipientOrganId, TransferPurpose purpose,
                      String subject, TransferChannel channel, LocalDate replyBy, List<String> documentIds,
                      String documentId, String requestHash, State state, String messageId, String lastError,
                      Instant createdAt, Instant sentAt, int attempts) {

    /** {@code PENDING} (queued for the axis), {@code SENT} (accepted by it), {@code FAILED}, {@code RECORDED} (paper). */
    enum State { PENDING, SENT, FAILED, RECORDED }

    StoredTransfer {
        documentIds = List.copyOf(documentIds);
    }
}
