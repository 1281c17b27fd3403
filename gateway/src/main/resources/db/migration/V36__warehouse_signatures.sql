-- The verdict on each stored file's digital signature (docs/warehouse.md "Signatures"), checked when it is stored.
-- NULL verdict: stored before signatures were checked. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE warehouse_document ADD COLUMN signature_verdict VARCHAR(32);   -- VALID, NOT_PDF, UNSIGNED, ...
ALTER TABLE warehouse_document ADD COLUMN signer VARCHAR(512);             -- the signer certificate's CN
ALTER TABLE warehouse_document ADD COLUMN signed_at TIMESTAMP WITH TIME ZONE;
