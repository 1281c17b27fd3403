-- Dossiers received at a counter, their status and status history (POST /api/v1/dossiers, .../progress).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE npsp_dossier (
    dossier_code   VARCHAR(64)              NOT NULL PRIMARY KEY,
    procedure_code VARCHAR(16)              NOT NULL,
    content        VARCHAR                  NOT NULL,  -- the canonical CounterDossier as JSON
    status         VARCHAR(32)              NOT NULL,
    status_at      TIMESTAMP WITH TIME ZONE NOT NULL,  -- when the official acted on the current status
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE npsp_dossier_history (
    dossier_code  VARCHAR(64)              NOT NULL REFERENCES npsp_dossier (dossier_code),
    seq           INTEGER                  NOT NULL,
    status        VARCHAR(32)              NOT NULL,
    officer       VARCHAR(128),
    officer_title VARCHAR(128),
    department    VARCHAR(256),
    note          VARCHAR(2000),
    acted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dossier_code, seq)
);
