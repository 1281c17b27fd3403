-- The electronic data warehouse: one row of metadata per document; the file itself is on disk (or, in
-- production, in an object store), content-addressed by sha256 (docs/warehouse.md).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE warehouse_document (
    document_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    owner_type    VARCHAR(16)              NOT NULL,  -- CITIZEN | ENTERPRISE
    owner_id      VARCHAR(32)              NOT NULL,  -- personal id, or enterprise code (0101234567-001)
    document_type VARCHAR(64)              NOT NULL,  -- BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE, ...
    title         VARCHAR(512)             NOT NULL,
    issuer        VARCHAR(512),
    issued_on     DATE,
    valid_until   DATE,                               -- NULL: valid for good
    dossier_code  VARCHAR(64),                        -- the dossier it was digitised with or issued for
    media_type    VARCHAR(128)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        CHAR(64)                 NOT NULL,  -- hex; the file's address and its integrity check
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX warehouse_document_by_owner ON warehouse_document (owner_id, owner_type, document_type);
