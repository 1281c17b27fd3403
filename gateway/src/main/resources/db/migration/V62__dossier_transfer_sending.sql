-- Sending a transfer over the axis (docs/transfers.md): a PENDING transfer is its own outbox entry. The sending job
-- runs on one instance at a time (ShedLock), takes the PENDING transfers due, and posts each with its DocumentId (the
-- axis's idempotency key, so a repeat after a crash is answered with the first messageId and delivers nothing again).
-- A 5xx, 429 or no answer is tried again after a backoff; attempts counts them, next_attempt_at is when it is due.
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE dossier_transfer ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE dossier_transfer ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX dossier_transfer_due ON dossier_transfer (state, next_attempt_at);
