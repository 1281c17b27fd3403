-- Ratings as facts of their dossier (docs/indicators.md): whether a dossier was rated, and whether a rating was
-- dissatisfied or a complaint, on its kpi_dossier row, written with the rating, so SATISFACTION is part of the one
-- aggregate over the dossiers received (a join to every rating's aggregate took most of a month's 1.2 s at a
-- million dossiers: BENCHMARKS.md). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE kpi_dossier ADD COLUMN rated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE kpi_dossier ADD COLUMN rated_unsatisfied BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE kpi_dossier SET rated = TRUE
WHERE dossier_code IN (SELECT dossier_code FROM kpi_rating);
UPDATE kpi_dossier SET rated_unsatisfied = TRUE
WHERE dossier_code IN (SELECT dossier_code FROM kpi_rating WHERE satisfaction = 'DISSATISFIED' OR complaint IS NOT NULL);
