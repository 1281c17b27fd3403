-- Online dossiers taken from the portal and routed to a receiving unit, and how far the intake got.
CREATE TABLE npsp_inbox (
    dossier_code   VARCHAR(64)              NOT NULL PRIMARY KEY,
    procedure_code VARCHAR(16),
    decision       VARCHAR(16)              NOT NULL,  -- CHOSEN_UNIT | JURISDICTION | MANUAL_TRIAGE
    unit_code      VARCHAR(64),
    candidates     VARCHAR(200)             NOT NULL,  -- comma-separated commune codes, for MANUAL_TRIAGE
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content        VARCHAR                  NOT NULL,  -- the canonical OnlineDossier as JSON
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX npsp_inbox_by_unit ON npsp_inbox (unit_code, received_at);

CREATE TABLE npsp_intake_checkpoint (
    id         INTEGER     NOT NULL PRIMARY KEY,
    checkpoint VARCHAR(14)                       -- portal time yyyyMMddHHmmss of the latest dossier taken
);

INSERT INTO npsp_intake_checkpoint (id, checkpoint) VALUES (1, NULL);
