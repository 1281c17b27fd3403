-- How each audited read stood against its stated dossier (vn.hanoi.gateway.access.PurposeBinding): PARTY,
-- MISMATCH (answered in report mode, or refused) or OVERRIDE (with the caller's stated reason). Records written
-- before the check existed have neither; their hash does not cover the two columns (ChainHash).
ALTER TABLE audit_record ADD COLUMN purpose_check VARCHAR(16);
ALTER TABLE audit_record ADD COLUMN override_reason VARCHAR(200);
CREATE INDEX audit_record_by_purpose_check ON audit_record (purpose_check, seq);
