-- DATA_REUSED counts what it claims (docs/indicators.md): a dossier in which the applicant submitted no component
-- that the state already held at receipt, with the persons and businesses behind it. Runs on H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- The applicant, so that persons and businesses can be counted (COUNT DISTINCT) without naming anyone: the key is
-- the HMAC of the personal id or enterprise code under gateway.audit.subject-key, as the audit trail stores subjects.
ALTER TABLE kpi_dossier ADD COLUMN applicant_type VARCHAR(16);  -- CITIZEN | ENTERPRISE
ALTER TABLE kpi_dossier ADD COLUMN applicant_key VARCHAR(64);
-- The applicant submitted a component the state held at receipt; NULL for dossiers written before this migration
-- (not known: they count against, as the once-only KPI counted a dossier never prefilled).
ALTER TABLE kpi_dossier ADD COLUMN resubmitted BOOLEAN;

-- The components the applicant submitted afresh (a paper or upload, not a document the warehouse already held
-- from before the dossier) that a register or the warehouse could hold (the catalogue names a source).
CREATE TABLE kpi_submitted_component (
    dossier_code   VARCHAR(64) NOT NULL,
    component_code VARCHAR(64) NOT NULL,
    source         VARCHAR(32) NOT NULL,
    PRIMARY KEY (dossier_code, component_code)
);
