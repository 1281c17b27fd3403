-- Each dossier's oldest undelivered entry is its head, marked so: the dispatcher's claim reads the due heads
-- through npsp_outbox_due_heads and stops after the batch, instead of scanning every due entry and asking,
-- per entry, whether an older one of its dossier is still undelivered (a claim that slowed as the backlog grew).
-- Enqueueing (under the dossier's row lock) marks a new entry head when its dossier has nothing undelivered;
-- delivering a head (under the same lock) passes the mark to the dossier's next entry. A parked head stays head.
ALTER TABLE npsp_outbox ADD COLUMN head BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE npsp_outbox o SET head = TRUE WHERE o.state <> 'DELIVERED' AND NOT EXISTS (
    SELECT 1 FROM npsp_outbox e WHERE e.dossier_code = o.dossier_code AND e.id < o.id AND e.state <> 'DELIVERED');

CREATE INDEX npsp_outbox_due_heads ON npsp_outbox (head, state, next_attempt_at, id);
