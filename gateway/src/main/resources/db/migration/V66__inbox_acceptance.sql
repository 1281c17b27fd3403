-- A unit's answer to what landed in its inbox (POST /api/v1/inbox/{entryId}/acceptance, docs/axis-inbox.md): accepted or
-- refused, by whom, when. For a transfer received over the document axis the answer goes back to the sender as an
-- edXML status (03 accepted, 02 refused with the reason), written here in the same transaction as the decision and
-- sent until the axis accepts it (the axis is idempotent on sender, document answered, code and Timestamp, so a resend
-- after a crash delivers nothing twice). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE inbox_acceptance (
    entry_id        VARCHAR(64)              NOT NULL PRIMARY KEY,  -- npsp_inbox.dossier_code | axis_incoming_transfer.message_id
    source          VARCHAR(16)              NOT NULL,              -- PORTAL | DOCUMENT_AXIS
    decision        VARCHAR(8)               NOT NULL,              -- ACCEPTED | REFUSED
    reason          VARCHAR(500),
    officer         VARCHAR(64)              NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_edxml    VARCHAR,                                        -- DOCUMENT_AXIS: the status envelope to send
    answer_state    VARCHAR(8),                                     -- PENDING | SENT | FAILED (refused by the axis); null: none
    answer_attempts INTEGER                  DEFAULT 0 NOT NULL,
    answer_due_at   TIMESTAMP WITH TIME ZONE,
    answer_error    VARCHAR(200),                                   -- the axis's code or the failure kind, never content
    answered_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX inbox_acceptance_answers_due ON inbox_acceptance (answer_state, answer_due_at);
