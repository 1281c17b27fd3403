-- Signed results returned to the portal (API.md "Results", docs/dossiers.md "Results").
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.

-- When the result was returned to the applicant: the RESULT_RETURNED progress's at (NgayTra).
ALTER TABLE npsp_dossier ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;

-- The dossier's current result set, in the order given; a later POST .../result replaces it whole.
CREATE TABLE npsp_dossier_result (
    dossier_code  VARCHAR(64)              NOT NULL REFERENCES npsp_dossier (dossier_code),
    seq           INTEGER                  NOT NULL,
    document_id   VARCHAR(128)             NOT NULL,
    doc_number    VARCHAR(128)             NOT NULL,   -- số ký hiệu, '' if none
    title         VARCHAR(512)             NOT NULL,
    document_type VARCHAR(64)              NOT NULL,
    signer        VARCHAR(512)             NOT NULL,   -- the signer certificate's CN
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    issuer        VARCHAR(512),
    sha256        CHAR(64)                 NOT NULL,
    PRIMARY KEY (dossier_code, seq)
);

-- Every result file queued for upload to the portal, once per dossier and content (the portal keys uploads by
-- MaHoSo and MaHash), and the portal's IdTep once the upload answered: recorded before the upload's outbox entry
-- counts as delivered, so a repeat after a crash finds it, and the portal answers a repeat with the same IdTep.
CREATE TABLE npsp_result_file (
    dossier_code   VARCHAR(64)              NOT NULL REFERENCES npsp_dossier (dossier_code),
    sha256         CHAR(64)                 NOT NULL,
    document_id    VARCHAR(128)             NOT NULL,
    portal_file_id VARCHAR(64),
    queued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (dossier_code, sha256)
);
