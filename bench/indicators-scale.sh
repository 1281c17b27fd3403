#!/usr/bin/env bash
# The plan's indicators at scale (issue 15): one million dossiers with their facts (receipt, settlement, due
# date, digitisation, signed result, what the applicant resubmitted), ratings and transfers in a fresh
# PostgreSQL database on this machine, then a month's indicators for the city (with every unit beside it) and
# for one unit, a year's, and a month's daily series, through the gateway's HTTP API, each asked REPEAT times. Prints a table of times (ms) and writes it to
# bench/results/<UTC time>/indicators.md. Loopback only; bounded (the generation is one SQL script).
# Needs: PostgreSQL on 127.0.0.1:5432 (trust, user postgres), gateway/target/gateway.jar (mvn -DskipTests package).
# The gateway runs with the sandbox's clients and keys, its simulators off, and the command centre's schedule
# idle (so no report is computed while we measure); the registers point nowhere (no lookup is made).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DOSSIERS=${DOSSIERS:-1000000}
UNITS=${UNITS:-200}
REPEAT=${REPEAT:-15}
PORT=${PORT:-18095}
DB=${DB:-bench_indicators}
JAR=${JAR:-$ROOT/gateway/target/gateway.jar}
OUT=${OUT:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
TMP=$(mktemp -d /tmp/indicators-bench.XXXXXX)
mkdir -p "$OUT"

cleanup() { [ -n "${GATEWAY:-}" ] && kill "$GATEWAY" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "starting the gateway on an empty $DB (Flyway creates the schema)"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --gateway.data-dir="$TMP" \
  --spring.profiles.active=sandbox --gateway.sandbox.enabled=false \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --gateway.intake.enabled=false --gateway.connectors.command-centre.poll-interval=24h \
  $(for system in business civil-status document-axis insurance land npsp population; do
      echo "--gateway.connectors.$system.base-url=http://127.0.0.1:9"; done) \
  --logging.level.root=WARN > "$TMP/gateway.log" 2>&1 &
GATEWAY=$!
for _ in $(seq 1 180); do
  curl -fs "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$GATEWAY" 2>/dev/null || { tail -40 "$TMP/gateway.log"; exit 1; }
  sleep 1
done

echo "generating $DOSSIERS dossiers over 2026 in $UNITS units"
START=$(date +%s)
"${PSQL[@]}" -d "$DB" <<SQL
-- Every dossier: received in 2026, 60% with a due date 5 days later, 80% settled 1-7 days after receipt,
-- 55% online, 70% digitised, half of the settled with a signed result; 2% taken online and never registered;
-- one in ten applicants an enterprise, 600,000 distinct applicants; 20% resubmitted something the state held.
INSERT INTO kpi_dossier (dossier_code, registered, online, unit_code, received_at, due_at, settled_at, digitised,
                         signed_result, applicant_type, applicant_key, resubmitted)
SELECT 'B' || lpad(n::text, 7, '0') || '-260101-0001',
       n % 50 <> 0,
       n % 20 < 11,
       'U' || lpad((n % $UNITS)::text, 4, '0'),
       received,
       CASE WHEN n % 5 < 3 THEN received + interval '5 days' END,
       CASE WHEN n % 5 < 4 AND n % 50 <> 0 THEN received + ((n % 7) + 1) * interval '1 day' END,
       n % 10 < 7,
       n % 2 = 0,
       CASE WHEN n % 10 = 0 THEN 'ENTERPRISE' ELSE 'CITIZEN' END,
       md5((n % 600000)::text),
       n % 5 = 1
FROM (SELECT n, timestamptz '2026-01-01 08:00+07' + (n % 365) * interval '1 day' + (n % 480) * interval '1 minute'
             AS received FROM generate_series(1, $DOSSIERS) AS n) AS d;
INSERT INTO kpi_rating (rating_id, dossier_code, source, satisfaction, complaint, rated_at)
SELECT md5(dossier_code), dossier_code, 'COUNTER_DEVICE',
       CASE WHEN random() < 0.93 THEN 'SATISFIED' ELSE 'DISSATISFIED' END, NULL, received_at
FROM kpi_dossier WHERE random() < 0.3;
-- What a rating makes true of its dossier (DossierFacts.rated), as V53 backfills it.
UPDATE kpi_dossier SET rated = TRUE WHERE dossier_code IN (SELECT dossier_code FROM kpi_rating);
UPDATE kpi_dossier SET rated_unsatisfied = TRUE
WHERE dossier_code IN (SELECT dossier_code FROM kpi_rating WHERE satisfaction = 'DISSATISFIED');
-- One dossier in ten transferred a day after receipt, one in three of those twice; 90% over the axis, of
-- which 85% accepted.
INSERT INTO dossier_transfer (transfer_id, dossier_code, recipient_organ_id, purpose, subject, channel, documents,
                              document_id, state, created_at)
SELECT 'LT-' || t.n || '-' || t.k, t.dossier_code, '000.00.01.H00', 'HAND_OVER', 'Chuyển hồ sơ',
       CASE WHEN random() < 0.9 THEN 'AXIS' ELSE 'PAPER' END, '[]', 'D-' || t.n || '-' || t.k,
       CASE WHEN random() < 0.85 THEN 'SENT' ELSE 'FAILED' END, t.received_at + t.k * interval '1 day'
FROM (SELECT substr(dossier_code, 2, 7)::int AS n, dossier_code, received_at, k
      FROM kpi_dossier, generate_series(1, 2) AS k) AS t
WHERE t.n % 10 = 0 AND (t.k = 1 OR t.n % 30 = 0);
VACUUM ANALYZE;
SQL
echo "generated in $(( $(date +%s) - START )) s: $("${PSQL[@]}" -d "$DB" -tAc 'SELECT COUNT(*) FROM kpi_dossier') dossiers"

time_ms() {  # the time of one answer, in ms; fails on anything but 200
  key=sandbox-one-stop-key; case "$1" in */daily*) key=sandbox-leaders-key ;; esac
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "X-API-Key: $key" "localhost:$PORT$1" \
    | awk '$1 != 200 { exit 1 } { printf "%.1f\n", $2 * 1000 }'
}

summary() {  # median, p95 (of REPEAT), max of a column of numbers
  sort -n | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)]; p = v[int(NR * 0.95 + 0.999)]; printf "%.1f | %.1f | %.1f", m, p, v[NR] }'
}

{
  echo "# Indicators at scale: $DOSSIERS dossiers, $UNITS units, PostgreSQL, $(date -u +%FT%TZ)"
  echo
  echo "Command: \`bench/indicators-scale.sh\` (DOSSIERS=$DOSSIERS UNITS=$UNITS REPEAT=$REPEAT), after one warm-up request each."
  echo
  echo "| request | median ms | p95 ms | max ms |"
  echo "|---|---|---|---|"
  for path in "/api/v1/kpi/indicators?from=2026-11-01&to=2026-11-30" \
              "/api/v1/kpi/indicators?from=2026-11-01&to=2026-11-30&unitCode=U0007" \
              "/api/v1/kpi/indicators?from=2026-01-01&to=2026-12-31" \
              "/api/v1/kpi/indicators/daily?from=2026-11-01&to=2026-11-30"; do
    time_ms "$path" >/dev/null
    times=$(for _ in $(seq 1 "$REPEAT"); do time_ms "$path"; done)
    echo "| \`GET $path\` | $(echo "$times" | summary) |"
  done
} | tee "$OUT/indicators.md"
