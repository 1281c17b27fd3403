package vn.hanoi.gateway.routes.documentaxis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The transfers waiting to go over the axis, as the sending route uses them; the gateway stores them
 * ({@code dossier_transfer}) and builds each one's edXML when it is sent. The route runs on one instance at a time.
 */
public interface TransferOutbox {

    /** The transfers due at {@code now} (PENDING, their next attempt not later), oldest first, at most {@code limit}. */
    List<QueuedTransfer> due(Instant now, int limit);

    /**
     * The transfer's edXML, built now from the dossier and the warehouse: the same content on every attempt, so the
     * axis recognises a repeat. Throws {@link IllegalStateException} when it cannot be built (e.g. a document's file
     * failed its integrity check): the transfer then fails.
     */
    String edxml(QueuedTransfer transfer, Instant now);

    /** Accepted by the axis (201, or 200 for a repeat): SENT. */
    void accepted(QueuedTransfer transfer, String messageId, OffsetDateTime acceptedAt);

    /** Refused for good (a 4xx other than 429 and a bad token, or the last attempt failed): FAILED with that error. */
    void failed(QueuedTransfer transfer, String error, Instant at);

    /** Not accepted this time (5xx, 429, no answer): due again at {@code next}, one more attempt counted. */
    void retryLater(QueuedTransfer transfer, String error, Instant next);

    /** A transfer due: its id, its edXML {@code DocumentId}, and the attempts made so far. */
    record QueuedTransfer(String transferId, String documentId, int attempts) {
    }
}
