package vn.hanoi.gateway.routes.documentaxis;

import java.time.Instant;
import java.util.List;

/**
 * The durable queue of the gateway's answers (edXML statuses) to the senders of incoming transfers, as the answering
 * job uses it; the gateway stores it with each unit's decision.
 */
public interface InboxAnswers {

    /** The answers due at {@code now}, oldest decision first. */
    List<PendingAnswer> due(Instant now);

    void sent(String entryId, Instant at);

    /** Not accepted: due again later when {@code retry}, else given up; {@code error} a code or kind, no content. */
    void failed(String entryId, String error, boolean retry, Instant at);

    /** An answer to send: the inbox entry it answers and the status envelope. */
    record PendingAnswer(String entryId, String edxml) {
    }
}
