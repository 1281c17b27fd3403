-- The ids of audit records that were spooled on local disk while the database was out of reach and have been
-- appended to the chain (vn.hanoi.gateway.audit.SpoolDrain): written in the transaction that appends them, so
-- a record drained again after a crash (before it left the spool) is skipped, never appended twice.
CREATE TABLE audit_spool_drained (
    spool_id VARCHAR(36) NOT NULL PRIMARY KEY
);
