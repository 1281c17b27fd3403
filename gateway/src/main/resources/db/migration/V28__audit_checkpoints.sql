-- Signed checkpoints of the audit chain (vn.hanoi.gateway.audit.AuditCheckpoints): at signed_at the record at
-- position seq had the hash record_hash, signed with Ed25519 by the key key_id (base64 signature over
-- AuditCheckpoint.signedText()). Written under the chain head's row lock, every gateway.audit.checkpoint.every-records
-- records and every .interval. Append-only like audit_record: grant the gateway INSERT, SELECT only.
CREATE TABLE audit_checkpoint (
    seq         BIGINT                   NOT NULL PRIMARY KEY,
    record_hash VARCHAR(64)              NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id      VARCHAR(16)              NOT NULL,
    signature   VARCHAR(128)             NOT NULL
);
