-- Transfers received over the document axis (API.md, "Incoming"): a document in the axis inbox (axis_inbox_item) whose
-- ResponseFor names none of the gateway's transfers, carrying a dossier (HoSoLienThong), routed to the unit it is
-- addressed to or to a person (MANUAL_TRIAGE), shown by GET /api/v1/inbox with source DOCUMENT_AXIS. Written in the
-- transaction that stores the inbox item, so an item is routed exactly once. A document the gateway cannot read
-- (docs/axis-inbox.md) stays in axis_inbox_item only. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE axis_incoming_transfer (
    message_id     VARCHAR(64)              NOT NULL PRIMARY KEY,  -- the axis item that brought it
    document_id    VARCHAR(100)             NOT NULL,              -- the sender's DocumentId
    from_organ_id  VARCHAR(16)              NOT NULL,
    dossier_code   VARCHAR(64),                                    -- MaHoSo
    decision       VARCHAR(16)              NOT NULL,              -- ADDRESSED | MANUAL_TRIAGE
    unit_code      VARCHAR(64),
    candidates     VARCHAR(200)             NOT NULL,              -- comma-separated commune codes, for MANUAL_TRIAGE
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,              -- the axis's receivedAt
    content        VARCHAR                  NOT NULL,              -- the IncomingTransfer as JSON, warehouse ids included
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX axis_incoming_transfer_by_unit ON axis_incoming_transfer (unit_code, received_at);
CREATE INDEX axis_incoming_transfer_by_decision ON axis_incoming_transfer (decision, received_at);
