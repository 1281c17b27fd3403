package vn.hanoi.gateway.transfers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.documentaxis.TransferPurpose;

/** Transfers in {@code dossier_transfer} (V60, V62): written once, then moved along by the sending job. */
@Repository
class TransferTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT transfer_id, dossier_code, recipient_organ_id, purpose, subject, channel, "
            + "reply_by, documents, document_id, request_hash, state, message_id, last_error, created_at, sent_at, "
            + "attempts FROM dossier_transfer ";

    private final JdbcClient jdbc;

    TransferTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next transfer id, {@code LT-000017}: the edXML {@code CodeNumber}. */
    String nextTransferId() {
        long number = jdbc.sql("SELECT nextval('dossier_transfer_number')").query(Long.class).single();
        return String.format("LT-%06d", number);
    }

    void insert(StoredTransfer transfer, String idempotencyKey) {
        jdbc.sql("INSERT INTO dossier_transfer (transfer_id, dossier_code, recipient_organ_id, purpose, subject, channel, "
                        + "reply_by, documents, document_id, idempotency_key, request_hash, state, created_at, attempts, "
                        + "next_attempt_at) VALUES (:id, :dossier, :recipient, :purpose, :subject, :channel, :replyBy, "
                        + ":documents, :documentId, :key, :hash, :state, :createdAt, 0, :createdAt)")
                .param("id", transfer.transferId()).param("dossier", transfer.dossierCode())
                .param("recipient", transfer.recipientOrganId()).param("purpose", transfer.purpose().name())
                .param("subject", transfer.subject()).param("channel", transfer.channel().name())
                .param("replyBy", transfer.replyBy()).param("documents", write(transfer.documentIds()))
                .param("documentId", transfer.documentId()).param("key", idempotencyKey)
                .param("hash", transfer.requestHash()).param("state", transfer.state().name())
                .param("createdAt", Timestamps.sql(transfer.createdAt())).update();
    }

    Optional<StoredTransfer> find(String transferId) {
        return jdbc.sql(SELECT + "WHERE transfer_id = :id").param("id", transferId).query(TransferTable::row).optional();
    }

    Optional<StoredTransfer> byIdempotencyKey(String key) {
        return jdbc.sql(SELECT + "WHERE idempotency_key = :key").param("key", key).query(TransferTable::row).optional();
    }

    List<StoredTransfer> ofDossier(String dossierCode) {
        return jdbc.sql(SELECT + "WHERE dossier_code = :code ORDER BY created_at, transfer_id").param("code", dossierCode)
                .query(TransferTable::row).list();
    }

    List<StoredTransfer> due(Instant now, int limit) {
        return jdbc.sql(SELECT + "WHERE state = 'PENDING' AND next_attempt_at <= :now ORDER BY next_attempt_at, transfer_id "
                        + "LIMIT :limit")
                .param("now", Timestamps.sql(now)).param("limit", limit).query(TransferTable::row).list();
    }

    void sent(String transferId, String messageId, OffsetDateTime acceptedAt) {
        jdbc.sql("UPDATE dossier_transfer SET state = 'SENT', message_id = :messageId, sent_at = :sentAt, last_error = NULL, "
                        + "next_attempt_at = NULL WHERE transfer_id = :id AND state = 'PENDING'")
                .param("messageId", messageId).param("sentAt", Timestamps.sql(acceptedAt)).param("id", transferId).update();
    }

    void failed(String transferId, String error) {
        jdbc.sql("UPDATE dossier_transfer SET state = 'FAILED', last_error = :error, next_attempt_at = NULL, "
                        + "attempts = attempts + 1 WHERE transfer_id = :id AND state = 'PENDING'")
                .param("error", error).param("id", transferId).update();
    }

    void retryLater(String transferId, String error, Instant next) {
        jdbc.sql("UPDATE dossier_transfer SET last_error = :error, next_attempt_at = :next, attempts = attempts + 1 "
                        + "WHERE transfer_id = :id AND state = 'PENDING'")
                .param("error", error).param("next", Timestamps.sql(next)).param("id", transferId).update();
    }

    private static StoredTransfer row(ResultSet row, int n) throws SQLException {
        return new StoredTransfer(row.getString("transfer_id"), row.getString("dossier_code"),
                row.getString("recipient_organ_id"), TransferPurpose.valueOf(row.getString("purpose")),
                row.getString("subject"), TransferChannel.valueOf(row.getString("channel")),
                row.getObject("reply_by", LocalDate.class), read(row.getString("documents")), row.getString("document_id"),
                row.getString("request_hash"), StoredTransfer.State.valueOf(row.getString("state")),
                row.getString("message_id"), row.getString("last_error"), Timestamps.instant(row, "created_at"),
                Timestamps.instant(row, "sent_at"), row.getInt("attempts"));
    }

    private static String write(List<String> documentIds) {
        try {
            return JSON.writeValueAsString(documentIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String documents) {
        try {
            return JSON.readValue(documents, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable documents of a transfer", e);
        }
    }
}
