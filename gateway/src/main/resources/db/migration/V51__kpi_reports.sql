-- Indicator reports for the command centre (docs/indicators.md): one row per period, resent until the centre has
-- stored it; a period asked again (on demand) is due again and replaces what the centre holds.
CREATE TABLE kpi_report (
    period_from     DATE                     NOT NULL,
    period_to       DATE                     NOT NULL,
    state           VARCHAR(16)              NOT NULL,  -- PENDING | STORED
    attempts        INTEGER                  NOT NULL,
    last_error      VARCHAR(200),
    report_id       VARCHAR(100),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (period_from, period_to)
);

CREATE INDEX kpi_report_due ON kpi_report (state, next_attempt_at);
