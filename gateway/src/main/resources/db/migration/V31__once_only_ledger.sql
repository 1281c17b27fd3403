-- The once-only ledger: per dossier, what its prefills found (docs/once-only.md). A component counts as
-- satisfied once any prefill of the dossier FULFILLED it. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE once_only_dossier (
    dossier_code              VARCHAR(64)              NOT NULL PRIMARY KEY,
    procedure_code            VARCHAR(16)              NOT NULL,
    required_components       INTEGER                  NOT NULL,  -- required by the procedure
    required_with_source      INTEGER                  NOT NULL,  -- of those, held by a register or the warehouse
    satisfied_components      INTEGER                  NOT NULL,  -- of those, FULFILLED by a prefill
    prefills                  INTEGER                  NOT NULL,
    first_prefilled_at        TIMESTAMP WITH TIME ZONE NOT NULL,  -- the dossier's time in the KPI
    last_prefilled_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX once_only_dossier_by_time ON once_only_dossier (first_prefilled_at);

CREATE TABLE once_only_component (
    dossier_code   VARCHAR(64) NOT NULL REFERENCES once_only_dossier (dossier_code),
    component_code VARCHAR(64) NOT NULL,
    document_type  VARCHAR(64),
    source         VARCHAR(32),                  -- NULL: the applicant submits it
    required       BOOLEAN     NOT NULL,
    fulfilled      BOOLEAN     NOT NULL,         -- FULFILLED by at least one prefill of the dossier
    PRIMARY KEY (dossier_code, component_code)
);
