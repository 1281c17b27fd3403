package vn.hanoi.gateway.dossiers.incoming;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.documentaxis.AxisDocument;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlMessage;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlReader;
import vn.hanoi.gateway.mappings.documentaxis.MalformedEdxml;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.routes.documentaxis.AxisInboxLedger;
import vn.hanoi.gateway.routes.documentaxis.InboxItem;

/**
 * The axis inbox ({@code axis_inbox_item}) and its cursor ({@code axis_inbox_cursor}), filled as the V61 columns say.
 * A page is stored and the cursor moved in one transaction; {@code messageId} is the key, so a repeat is dropped; a new
 * document that answers none of the gateway's transfers is taken as an incoming transfer in the same transaction.
 * An envelope the gateway cannot read is stored as received (its {@code description} and {@code sent_at} empty) and
 * goes no further; the log names its {@code messageId} and what is wrong, never its content.
 */
@Repository
class JdbcAxisInbox implements AxisInboxLedger {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAxisInbox.class);

    private final JdbcClient jdbc;
    private final IncomingTransfers incoming;
    private final TransactionTemplate savepoint;
    private final EdxmlReader reader = new EdxmlReader();

    JdbcAxisInbox(JdbcClient jdbc, IncomingTransfers incoming, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.incoming = incoming;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Optional<String> cursor() {
        return jdbc.sql("SELECT item_cursor FROM axis_inbox_cursor WHERE id = 1").query(String.class).optional();
    }

    @Override
    @Transactional
    public int store(List<InboxItem> items, String upTo, Instant at) {
        int stored = 0;
        for (InboxItem item : items) {
            if (isStored(item)) {
                continue;
            }
            EdxmlMessage message = readable(item);
            int inserted = jdbc.sql("INSERT INTO axis_inbox_item (message_id, item_cursor, kind, from_organ_id, "
                            + "document_id, response_for, status_code, description, sent_at, received_at, stored_at, "
                            + "edxml) VALUES (:message, :cursor, :kind, :from, :document, :responseFor, :status, "
                            + ":description, :sent, :received, :stored, :edxml) ON CONFLICT DO NOTHING")
                    .param("message", item.messageId()).param("cursor", item.cursor()).param("kind", item.kind())
                    .param("from", item.from()).param("document", item.documentId())
                    .param("responseFor", item.responseFor()).param("status", item.statusCode())
                    .param("description", message == null ? null : clip(message.description()))
                    .param("sent", message == null || message.sentAt() == null ? null : Timestamps.sql(message.sentAt()))
                    .param("received", Timestamps.sql(item.receivedAt())).param("stored", Timestamps.sql(at))
                    .param("edxml", item.edxml()).update();
            if (inserted == 1) {
                stored++;
                if (message instanceof AxisDocument document) {
                    take(item, document, at);
                }
            }
        }
        jdbc.sql("UPDATE axis_inbox_cursor SET item_cursor = :cursor WHERE id = 1").param("cursor", upTo).update();
        return stored;
    }

    /**
     * Takes the document as an incoming transfer under a savepoint: a document the gateway cannot keep (a value its
     * tables or the warehouse refuse) stays stored, not routed, rather than holding the inbox back for ever. A failure
     * of the audit trail is not one of those: the page is not stored, and is read again.
     */
    private void take(InboxItem item, AxisDocument document, Instant at) {
        try {
            savepoint.executeWithoutResult(status -> incoming.take(item, document, at));
        } catch (DataAccessException | ApiException | IllegalArgumentException refused) {
            LOG.warn("Axis document {} from {} could not be taken as an incoming transfer ({}): stored, not routed",
                    item.messageId(), item.from(), refused.getClass().getSimpleName());
        }
    }

    private boolean isStored(InboxItem item) {
        return jdbc.sql("SELECT COUNT(*) FROM axis_inbox_item WHERE message_id = :message")
                .param("message", item.messageId()).query(Long.class).single() > 0;
    }

    private EdxmlMessage readable(InboxItem item) {
        try {
            return reader.read(item.edxml());
        } catch (MalformedEdxml malformed) {
            LOG.warn("Axis inbox item {} from {} is not readable edXML ({}): stored as received, not routed",
                    item.messageId(), item.from(), malformed.getMessage());
            return null;
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
