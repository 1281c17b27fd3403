-- The audit trail of accesses to personal data (vn.hanoi.gateway.audit): append-only and hash-chained.
-- Each record carries the previous record's hash and its own, SHA-256 over a canonical serialisation
-- (ChainHash). The subject is an HMAC of the personal id, never the id itself.
CREATE TABLE audit_record (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id      VARCHAR(128)             NOT NULL,
    officer_id     VARCHAR(64),
    dossier_code   VARCHAR(64),
    dataset        VARCHAR(32)              NOT NULL,
    operation      VARCHAR(200)             NOT NULL,
    subject_hash   VARCHAR(64),
    outcome        VARCHAR(64)              NOT NULL,
    correlation_id VARCHAR(64)              NOT NULL,
    prev_hash      VARCHAR(64)              NOT NULL,
    record_hash    VARCHAR(64)              NOT NULL
);

CREATE INDEX audit_record_by_subject ON audit_record (subject_hash);

-- One row: the chain's last position and hash. Appends lock it (SELECT ... FOR UPDATE), which keeps the
-- chain linear between threads and between instances sharing the database.
CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
