-- The plan's indicators (docs/indicators.md), computed in the database: one row of facts per dossier, written in
-- the same transaction as the dossier's own change, so that a period's indicators are indexed aggregates.
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE kpi_dossier (
    dossier_code     VARCHAR(64)              NOT NULL PRIMARY KEY,
    registered       BOOLEAN                  NOT NULL,  -- POST /api/v1/dossiers (else taken online, never registered)
    online           BOOLEAN                  NOT NULL,  -- channel ONLINE, or taken online
    unit_code        VARCHAR(64),                        -- receiving unit, or the routed unit of an online dossier
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE,
    settled_at       TIMESTAMP WITH TIME ZONE,           -- the first step to PROCESSED or RESULT_RETURNED
    digitised        BOOLEAN                  NOT NULL,  -- every listed document is in the warehouse (at least one)
    signed_result    BOOLEAN                  NOT NULL   -- a result with a verified signature was accepted
);

CREATE INDEX kpi_dossier_by_received ON kpi_dossier (received_at, unit_code);
CREATE INDEX kpi_dossier_by_settled ON kpi_dossier (settled_at, unit_code);

-- Ratings and complaints about a dossier, from a counter device or the portal (POST /api/v1/dossiers/{code}/ratings).
CREATE TABLE kpi_rating (
    rating_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    dossier_code  VARCHAR(64)              NOT NULL,
    source        VARCHAR(16)              NOT NULL,  -- COUNTER_DEVICE | PORTAL
    satisfaction  VARCHAR(16),                        -- VERY_SATISFIED | SATISFIED | DISSATISFIED, or none (a complaint only)
    complaint     VARCHAR(16),                        -- RECEIPT | SETTLEMENT, or none
    rated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX kpi_rating_by_dossier ON kpi_rating (dossier_code);
CREATE INDEX npsp_dossier_by_created ON npsp_dossier (created_at);
