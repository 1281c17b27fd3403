-- The outbox's drain rate at a given backlog, old claim vs new, on copies of one backlog (bench/outbox-drain.sh).
-- :n entries over :n/5 dossiers (a registration and four progress updates each, interleaved as they arrive).
-- One dossier in five is blocked by a failing head backed off for an hour, its later entries queued behind it:
-- the oldest due entries, as a portal that failed some calls leaves the outbox (under load with faults the
-- entries of dossiers whose head is backing off pile up at the front of the due order). Each round claims 20 (FOR UPDATE SKIP LOCKED), takes them (claimed_by, claimed_until), marks each
-- delivered (the new outbox also passes the head mark on), and commits, like JdbcOutbox; the portal costs nothing
-- here: this is the database's side of the drain, the part that grew with the backlog.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE TABLE seed AS
SELECT g AS id,
       'D-' || (g % (:n / 5)) AS dossier_code,
       CASE WHEN g <= :n / 5 THEN 'DOSSIER' ELSE 'PROGRESS' END AS kind,
       now() - CASE WHEN (g % (:n / 5)) % 5 = 0 THEN interval '2 hours' ELSE interval '1 hour' END
             + make_interval(secs => g / 1000.0) AS created_at
FROM generate_series(1, :n) g;

-- the old outbox: V11 only
\ir ../../gateway/src/main/resources/db/migration/V11__npsp_outbox.sql
INSERT INTO npsp_outbox (id, dossier_code, kind, payload, state, attempts, created_at, next_attempt_at)
SELECT id, dossier_code, kind, '{}', 'PENDING', 0, created_at, created_at FROM seed;
-- the blocked dossiers' heads (their first entry) wait an hour
UPDATE npsp_outbox SET next_attempt_at = now() + interval '1 hour', attempts = 1
WHERE id <= :n / 5 AND (id % (:n / 5)) % 5 = 0;
ALTER TABLE npsp_outbox RENAME TO old_outbox;
ALTER INDEX npsp_outbox_by_dossier RENAME TO old_outbox_by_dossier;
ALTER INDEX npsp_outbox_due RENAME TO old_outbox_due;
ALTER TABLE old_outbox RENAME CONSTRAINT npsp_outbox_pkey TO old_outbox_pkey;

-- the new outbox: V11 and V17 (which marks the heads of what is already queued)
\ir ../../gateway/src/main/resources/db/migration/V11__npsp_outbox.sql
INSERT INTO npsp_outbox (id, dossier_code, kind, payload, state, attempts, created_at, next_attempt_at)
SELECT id, dossier_code, kind, payload, state, attempts, created_at, next_attempt_at FROM old_outbox;
\ir ../../gateway/src/main/resources/db/migration/V17__npsp_outbox_heads.sql
ALTER TABLE npsp_outbox RENAME TO new_outbox;
VACUUM ANALYZE old_outbox;
VACUUM ANALYZE new_outbox;

CREATE TABLE drained (variant TEXT, delivered INT, seconds DOUBLE PRECISION);

CREATE PROCEDURE drain(variant TEXT, want INT, max_seconds INT) LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
    started TIMESTAMPTZ := clock_timestamp();
    delivered INT := 0;
    entry RECORD;
BEGIN
    LOOP
        IF variant = 'old' THEN
            SELECT array_agg(id) INTO ids FROM (SELECT o.id FROM old_outbox o WHERE o.state = 'PENDING'
                AND o.next_attempt_at <= now() AND (o.claimed_until IS NULL OR o.claimed_until <= now())
                AND NOT EXISTS (SELECT 1 FROM old_outbox e WHERE e.dossier_code = o.dossier_code AND e.id < o.id
                                AND e.state <> 'DELIVERED')
                ORDER BY o.next_attempt_at, o.id LIMIT 20 FOR UPDATE SKIP LOCKED) due;
            EXIT WHEN ids IS NULL;
            UPDATE old_outbox SET claimed_by = 'bench', claimed_until = now() + interval '30 seconds' WHERE id = ANY (ids);
            FOR entry IN SELECT id, dossier_code FROM old_outbox WHERE id = ANY (ids) ORDER BY id LOOP
                UPDATE old_outbox SET state = 'DELIVERED', delivered_at = now(), claimed_until = NULL WHERE id = entry.id;
                delivered := delivered + 1;
            END LOOP;
        ELSE
            SELECT array_agg(id) INTO ids FROM (SELECT id FROM new_outbox WHERE head = TRUE AND state = 'PENDING'
                AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until <= now())
                ORDER BY next_attempt_at, id LIMIT 20 FOR UPDATE SKIP LOCKED) due;
            EXIT WHEN ids IS NULL;
            UPDATE new_outbox SET claimed_by = 'bench', claimed_until = now() + interval '30 seconds' WHERE id = ANY (ids);
            FOR entry IN SELECT id, dossier_code FROM new_outbox WHERE id = ANY (ids) ORDER BY id LOOP
                UPDATE new_outbox SET state = 'DELIVERED', head = FALSE, delivered_at = now(), claimed_until = NULL
                WHERE id = entry.id;
                UPDATE new_outbox SET head = TRUE WHERE id = (SELECT MIN(id) FROM new_outbox
                    WHERE dossier_code = entry.dossier_code AND state <> 'DELIVERED');
                delivered := delivered + 1;
            END LOOP;
        END IF;
        COMMIT;
        EXIT WHEN delivered >= want OR clock_timestamp() - started > make_interval(secs => max_seconds);
    END LOOP;
    INSERT INTO drained VALUES (variant, delivered, EXTRACT(EPOCH FROM clock_timestamp() - started));
    COMMIT;
END $$;
