-- The transport a register was reached by for an audited access: 'direct' or 'platform' (the national data-sharing
-- platform, docs/contracts/platform.md); null when no register was reached. Records written before it have none;
-- their hash does not cover the column (ChainHash), so the chain verifies as before.
ALTER TABLE audit_record ADD COLUMN transport VARCHAR(16);
