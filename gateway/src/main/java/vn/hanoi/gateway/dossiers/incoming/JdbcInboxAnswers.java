package vn.hanoi.gateway.dossiers.incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.routes.documentaxis.InboxAnswers;

/**
 * The answers to incoming transfers waiting to be sent ({@code inbox_acceptance}, {@code answer_state PENDING}): due
 * at once, then again {@code answer-retry-interval} after each failed attempt; one the axis refused for good is
 * {@code FAILED} with its code.
 */
@Repository
class JdbcInboxAnswers implements InboxAnswers {

    private final JdbcClient jdbc;
    private final Duration retryInterval;

    JdbcInboxAnswers(JdbcClient jdbc,
                     @Value("${gateway.connectors.document-axis.inbox.answer-retry-interval}") Duration retryInterval) {
        this.jdbc = jdbc;
        this.retryInterval = retryInterval;
    }

    @Override
    public List<PendingAnswer> due(Instant now) {
        return jdbc.sql("SELECT entry_id, answer_edxml FROM inbox_acceptance WHERE answer_state = 'PENDING' "
                        + "AND answer_due_at <= :now ORDER BY decided_at, entry_id")
                .param("now", Timestamps.sql(now))
                .query((row, n) -> new PendingAnswer(row.getString("entry_id"), row.getString("answer_edxml"))).list();
    }

    @Override
    public void sent(String entryId, Instant at) {
        jdbc.sql("UPDATE inbox_acceptance SET answer_state = 'SENT', answered_at = :at, answer_error = NULL, "
                        + "answer_attempts = answer_attempts + 1 WHERE entry_id = :entry")
                .param("at", Timestamps.sql(at)).param("entry", entryId).update();
    }

    @Override
    public void failed(String entryId, String error, boolean retry, Instant at) {
        jdbc.sql("UPDATE inbox_acceptance SET answer_state = :state, answer_due_at = :due, answer_error = :error, "
                        + "answer_attempts = answer_attempts + 1 WHERE entry_id = :entry")
                .param("state", retry ? "PENDING" : "FAILED").param("due", Timestamps.sql(at.plus(retryInterval)))
                .param("error", error.length() > 200 ? error.substring(0, 200) : error).param("entry", entryId)
                .update();
    }
}
