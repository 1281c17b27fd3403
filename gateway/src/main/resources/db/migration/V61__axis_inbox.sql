-- The gateway's inbox at the document axis, read from a persisted cursor: every item is stored here before it is
-- acknowledged, and a repeat (same messageId) is dropped. Statuses and replies (documents whose ResponseFor names a
-- transfer's DocumentId) are read from here as each transfer's history and replies.
CREATE TABLE axis_inbox_item (
    message_id      VARCHAR(64)              NOT NULL PRIMARY KEY,
    item_cursor     VARCHAR(32)              NOT NULL,
    kind            VARCHAR(8)               NOT NULL,  -- DOCUMENT | STATUS
    from_organ_id   VARCHAR(16)              NOT NULL,
    document_id     VARCHAR(100),                       -- a document's own DocumentId
    response_for    VARCHAR(100),                       -- the first ResponseFor/DocumentId
    status_code     VARCHAR(4),                         -- a status's StatusCode
    description     VARCHAR(500),                       -- a status's Description, a document's Subject
    sent_at         TIMESTAMP WITH TIME ZONE,           -- a status's Timestamp, a document's last TraceHeader Timestamp
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,  -- the axis's receivedAt
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    edxml           VARCHAR                  NOT NULL   -- the envelope as the sender posted it (authoritative)
);

CREATE INDEX axis_inbox_item_by_response_for ON axis_inbox_item (response_for, received_at);

CREATE TABLE axis_inbox_cursor (
    id          INTEGER     NOT NULL PRIMARY KEY,
    item_cursor VARCHAR(32)                       -- the last cursor stored and acknowledged, none before the first read
);

INSERT INTO axis_inbox_cursor (id, item_cursor) VALUES (1, NULL);
