#!/usr/bin/env bash
# The plan's indicators at scale (issue 15): one million dossiers with their facts, ratings and once-only
# ledger in a fresh PostgreSQL database on this machine, then a month's indicators for the city and for one
# unit through the gateway's HTTP API, each asked REPEAT times. Prints a table of times (ms) and writes it to
# bench/results/<UTC time>/indicators.md. Loopback only; bounded (the generation is one SQL script).
# Needs: PostgreSQL on 127.0.0.1:5432 (trust, user postgres), gateway/target/gateway.jar (mvn -DskipTests package).
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
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --gateway.intake.enabled=false > "$TMP/gateway.log" 2>&1 &
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
-- 55% online, 70% digitised, half of the settled with a signed result; 2% taken online and never registered.
INSERT INTO kpi_dossier (dossier_code, registered, online, unit_code, received_at, due_at, settled_at, digitised,
                         signed_result)
SELECT 'B' || lpad(n::text, 7, '0') || '-260101-0001',
       n % 50 <> 0,
       n % 20 < 11,
       'U' || lpad((n % $UNITS)::text, 4, '0'),
       received,
       CASE WHEN n % 5 < 3 THEN received + interval '5 days' END,
       CASE WHEN n % 5 < 4 AND n % 50 <> 0 THEN received + ((n % 7) + 1) * interval '1 day' END,
       n % 10 < 7,
       n % 2 = 0
FROM (SELECT n, timestamptz '2026-01-01 08:00+07' + (n % 365) * interval '1 day' + (n % 480) * interval '1 minute'
             AS received FROM generate_series(1, $DOSSIERS) AS n) AS d;
INSERT INTO npsp_dossier (dossier_code, procedure_code, content, status, status_at, created_at, updated_at)
SELECT dossier_code, '9.000004', '{}', 'RECEIVED', received_at, received_at, received_at
FROM kpi_dossier WHERE registered;
INSERT INTO once_only_dossier (dossier_code, procedure_code, required_components, required_with_source,
                               satisfied_components, prefills, first_prefilled_at, last_prefilled_at)
SELECT dossier_code, '9.000004', 2, 1, (random() < 0.8)::int, 1, received_at, received_at
FROM kpi_dossier WHERE registered AND random() < 0.6;
INSERT INTO kpi_rating (rating_id, dossier_code, source, satisfaction, complaint, rated_at)
SELECT md5(dossier_code), dossier_code, 'COUNTER_DEVICE',
       CASE WHEN random() < 0.93 THEN 'SATISFIED' ELSE 'DISSATISFIED' END, NULL, received_at
FROM kpi_dossier WHERE random() < 0.3;
ANALYZE;
SQL
echo "generated in $(( $(date +%s) - START )) s: $("${PSQL[@]}" -d "$DB" -tAc 'SELECT COUNT(*) FROM kpi_dossier') dossiers"

time_ms() {  # the time of one answer, in ms; fails on anything but 200
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'X-API-Key: sandbox-one-stop-key' "localhost:$PORT$1" \
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
  for query in "from=2026-11-01&to=2026-11-30" "from=2026-11-01&to=2026-11-30&unitCode=U0007" \
               "from=2026-01-01&to=2026-12-31"; do
    time_ms "/api/v1/kpi/indicators?$query" >/dev/null
    times=$(for _ in $(seq 1 "$REPEAT"); do time_ms "/api/v1/kpi/indicators?$query"; done)
    echo "| \`GET /api/v1/kpi/indicators?$query\` | $(echo "$times" | summary) |"
  done
} | tee "$OUT/indicators.md"
