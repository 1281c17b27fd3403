#!/usr/bin/env bash
# The outbox's drain rate at 1,000, 10,000 and 100,000 queued entries on PostgreSQL: the old claim query
# (JdbcOutbox.DUE before V17: every due entry scanned, NOT EXISTS per entry) and the new one (the due heads,
# read through npsp_outbox_due_heads) side by side on copies of the same backlog, in one run. Prints a Markdown
# table; each size runs in a schema of its own, dropped afterwards. Bounded: at most WANT deliveries or
# MAX_SECONDS per variant and size.
#   bench/outbox-drain.sh                       # PGURL defaults to the local test database
#   SIZES="1000 10000" WANT=2000 bench/outbox-drain.sh
set -euo pipefail
cd "$(dirname "$0")"
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432/test}
SIZES=${SIZES:-1000 10000 100000}
WANT=${WANT:-2000}
MAX_SECONDS=${MAX_SECONDS:-60}

echo "| queued entries | old claim: entries/s (delivered in s) | new claim: entries/s (delivered in s) | new / old |"
echo "|---:|---:|---:|---:|"
for n in $SIZES; do
  schema="bench_outbox_${n}_$$"
  want=$(( n < WANT ? n : WANT ))
  psql "$PGURL" -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema" >/dev/null
  trap 'psql "$PGURL" -q -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS '"$schema"' CASCADE" >/dev/null' EXIT
  PGOPTIONS="-c search_path=$schema" psql "$PGURL" -q -v ON_ERROR_STOP=1 -v n="$n" -f outbox/drain.sql >/dev/null
  PGOPTIONS="-c search_path=$schema" psql "$PGURL" -q -v ON_ERROR_STOP=1 \
    -c "CALL drain('old', $want, $MAX_SECONDS)" -c "CALL drain('new', $want, $MAX_SECONDS)" >/dev/null
  PGOPTIONS="-c search_path=$schema" psql "$PGURL" -At -F ' ' -c \
    "SELECT (SELECT delivered / seconds FROM drained WHERE variant = 'old'),
            (SELECT delivered / seconds FROM drained WHERE variant = 'new'),
            (SELECT delivered FROM drained WHERE variant = 'old'), (SELECT seconds FROM drained WHERE variant = 'old'),
            (SELECT delivered FROM drained WHERE variant = 'new'), (SELECT seconds FROM drained WHERE variant = 'new')" |
    while read -r old new old_n old_s new_n new_s; do
      printf '| %s | %.0f (%s in %.1f s) | %.0f (%s in %.1f s) | %.1f× |\n' "$n" "$old" "$old_n" "$old_s" \
        "$new" "$new_n" "$new_s" "$(echo "$new / $old" | bc -l)"
    done
  psql "$PGURL" -q -c "SET client_min_messages = warning" -c "DROP SCHEMA $schema CASCADE" >/dev/null
  trap - EXIT
done
