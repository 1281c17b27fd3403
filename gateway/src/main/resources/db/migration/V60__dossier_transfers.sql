-- Transfers of a dossier to another agency (POST /api/v1/dossiers/{code}/transfers, docs/contracts/document-axis.md).
-- A transfer over the axis is written in the same transaction as its outbox entry; what the axis and the recipient
-- answer later arrives in the axis inbox (axis_inbox_item), where a transfer's history and replies are read.
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE dossier_transfer (
    transfer_id        VARCHAR(32)              NOT NULL PRIMARY KEY,  -- LT-000017: the edXML CodeNumber
    dossier_code       VARCHAR(64)              NOT NULL,
    recipient_organ_id VARCHAR(16)              NOT NULL,
    purpose            VARCHAR(16)              NOT NULL,  -- REQUEST_OPINION | HAND_OVER | RETURN_RESULT
    subject            VARCHAR(500)             NOT NULL,
    channel            VARCHAR(8)               NOT NULL,  -- AXIS (through the outbox) | PAPER (only recorded)
    reply_by           DATE,
    documents          VARCHAR                  NOT NULL,  -- the warehouse document ids sent, as a JSON array
    document_id        VARCHAR(100)             NOT NULL UNIQUE,  -- the edXML DocumentId: the axis's idempotency key
    idempotency_key    VARCHAR(64)              UNIQUE,    -- the caller's Idempotency-Key, if any
    request_hash       VARCHAR(64),                        -- SHA-256 of the request under that key
    state              VARCHAR(16)              NOT NULL,  -- PENDING | SENT (accepted by the axis) | FAILED | RECORDED
    message_id         VARCHAR(64),                        -- the axis's messageId once accepted
    last_error         VARCHAR(200),                       -- the axis's error code when FAILED
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE
);

CREATE INDEX dossier_transfer_by_dossier ON dossier_transfer (dossier_code, created_at);
CREATE INDEX dossier_transfer_by_created ON dossier_transfer (created_at);

CREATE SEQUENCE dossier_transfer_number START WITH 1;
