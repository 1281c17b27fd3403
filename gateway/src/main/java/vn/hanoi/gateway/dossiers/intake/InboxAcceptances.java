package vn.hanoi.gateway.dossiers.intake;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.dossiers.incoming.AnswerStatuses;
import vn.hanoi.gateway.mappings.documentaxis.AxisStatus;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * Units' answers to what landed in their inbox ({@code inbox_acceptance}). A decision is final: the same decision
 * again answers as the first did (a retried request), another is 409 {@code CONFLICT}. Deciding on a transfer received
 * over the axis queues, in the same transaction, the status that tells its sender ({@link AnswerStatuses}), sent by the
 * {@code document-axis-answers} job until the axis accepts it.
 */
@Service
class InboxAcceptances {

    private final JdbcClient jdbc;
    private final AnswerStatuses statuses;
    private final Clock clock;

    InboxAcceptances(JdbcClient jdbc, AnswerStatuses statuses, Clock clock) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Transactional
    Acceptance decide(String entryId, AcceptanceBody.Checked decision) {
        Optional<Acceptance> earlier = of(entryId);
        if (earlier.isPresent()) {
            Acceptance first = earlier.get();
            if (first.decision().equals(decision.decision().name()) && Objects.equals(first.reason(), decision.reason())) {
                return first;
            }
            throw new ApiException(ErrorCode.CONFLICT, "Inbox entry " + entryId + " was already "
                    + first.decision() + " on " + first.decidedAt() + ".");
        }
        String source = sourceOf(entryId);
        boolean accepted = decision.decision() == AcceptanceBody.Decision.ACCEPTED;
        String answer = InboxEntry.DOCUMENT_AXIS.equals(source)
                ? statuses.answer(entryId, accepted, decision.reason(), decision.officer(), clock.instant()) : null;
        jdbc.sql("INSERT INTO inbox_acceptance (entry_id, source, decision, reason, officer, decided_at, answer_edxml, "
                        + "answer_state, answer_due_at) VALUES (:entry, :source, :decision, :reason, :officer, :at, "
                        + ":answer, :state, :at)")
                .param("entry", entryId).param("source", source).param("decision", decision.decision().name())
                .param("reason", decision.reason()).param("officer", decision.officer())
                .param("at", Timestamps.sql(clock.instant())).param("answer", answer)
                .param("state", answer == null ? null : "PENDING").update();
        return of(entryId).orElseThrow();
    }

    Optional<Acceptance> of(String entryId) {
        return jdbc.sql("SELECT entry_id, source, decision, reason, officer, decided_at, answer_state, answer_attempts, "
                        + "answer_error, answered_at FROM inbox_acceptance WHERE entry_id = :entry")
                .param("entry", entryId)
                .query((row, n) -> new Acceptance(row.getString("entry_id"), row.getString("source"),
                        row.getString("decision"), row.getString("reason"), row.getString("officer"),
                        Timestamps.inVietnam(Timestamps.instant(row, "decided_at")),
                        row.getString("answer_state") == null ? null : new Acceptance.Answer(
                                ("ACCEPTED".equals(row.getString("decision")) ? AxisStatus.RECEIVED
                                        : AxisStatus.REFUSED).code(),
                                row.getString("answer_state"), row.getInt("answer_attempts"),
                                row.getString("answer_error"),
                                row.getObject("answered_at") == null ? null
                                        : Timestamps.inVietnam(Timestamps.instant(row, "answered_at")))))
                .optional();
    }

    private String sourceOf(String entryId) {
        if (exists("SELECT COUNT(*) FROM axis_incoming_transfer WHERE message_id = :entry", entryId)) {
            return InboxEntry.DOCUMENT_AXIS;
        }
        if (exists("SELECT COUNT(*) FROM npsp_inbox WHERE dossier_code = :entry", entryId)) {
            return InboxEntry.PORTAL;
        }
        throw new ApiException(ErrorCode.NOT_FOUND, "No inbox entry " + entryId + ".");
    }

    private boolean exists(String sql, String entryId) {
        return jdbc.sql(sql).param("entry", entryId).query(Long.class).single() > 0;
    }
}
