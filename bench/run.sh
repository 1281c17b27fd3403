#!/usr/bin/env bash
# The gateway's benchmarks, each side by side with its reference in one run on this machine, loopback
# only, bounded in time. Writes bench/results/<UTC time>/results.md (and the raw outputs beside it).
# See bench/README.md for what each scenario measures and the parameters.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench

DURATION=${DURATION:-20}            # seconds measured, per side of a scenario
WARMUP=${WARMUP:-5}                 # seconds of warm-up before each measurement
WARMUP_REQUESTS=${WARMUP_REQUESTS:-60000}  # JIT warm-up after start: hits served before measuring …
WARMUP_MAX=${WARMUP_MAX:-60}               # … or this many seconds, whichever comes first
LOAD_SECONDS=${LOAD_SECONDS:-60}    # seconds of mixed load before resident memory is read
HIT_CONNECTIONS=${HIT_CONNECTIONS:-32}
MISS_CONNECTIONS=${MISS_CONNECTIONS:-8}
PREFILL_CONNECTIONS=${PREFILL_CONNECTIONS:-4}  # 4 prefills × 4 sources = the 16 threads of gateway.prefill.threads
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
JFR=${JFR:-0}                       # 1: record the hit, floor, miss and prefill scenarios with JFR, summarised
JAR=${JAR:-$ROOT/gateway/target/gateway.jar}
OUT=${OUT:-$BENCH/results/$(date -u +%Y%m%dT%H%M%SZ)}

while [ $# -gt 0 ]; do
  case "$1" in
    --jfr) JFR=1 ;;
    --duration) DURATION=$2; shift ;;
    --load-seconds) LOAD_SECONDS=$2; shift ;;
    *) echo "usage: bench/run.sh [--jfr] [--duration SECONDS] [--load-seconds SECONDS]" >&2; exit 2 ;;
  esac
  shift
done

HIT_ID=001305885451          # a fixture citizen: cache-hit scenario
BURST_ID=001185102013        # the stub answers it after 500 ms: 200-concurrent-misses scenario
ENTERPRISE=0110386356        # the business connector points at a dead port: circuit-open scenario
PROCEDURE=999.000004         # BENCH.4, served only by the bench's portal stub: prefill scenario
PREFILL_HIT_APPLICANT=81023456  # wrk/prefill.lua's applicant number of 001190123456: prefill with every source cached
START=$(date +%s)
TMP=$(mktemp -d /tmp/gateway-bench.XXXXXX)
mkdir -p "$OUT/raw"
export BENCH_WRK=$BENCH/wrk
PIDS=()

log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_http URL SECONDS [CURL ARGS…]: until URL answers 2xx, or fail.
wait_http() {
  local url=$1 seconds=$2
  local deadline=$(( $(date +%s) + seconds ))
  shift 2
  until curl -fs -o /dev/null --max-time 1 "$@" "$url"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "$url did not answer within $seconds s"
    sleep 0.05
  done
}

# measure NAME SCRIPT URL CONNECTIONS SECONDS: one wrk run; its RESULT line goes to raw/NAME.result.
measure() {
  local name=$1 script=$2 url=$3 connections=$4 seconds=$5
  local threads=$(( connections < THREADS ? connections : THREADS ))
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$BENCH/wrk/$script" "$url" \
    > "$OUT/raw/$name.txt" 2>&1 || fail "wrk $name"
  grep '^RESULT' "$OUT/raw/$name.txt" > "$OUT/raw/$name.result" || fail "wrk $name printed no RESULT"
  log "$name: $(cut -d' ' -f2- "$OUT/raw/$name.result")"
}

# warm SCRIPT URL CONNECTIONS [SECONDS]: load that is not measured (the JIT compiles the path meanwhile).
warm() { wrk -t1 -c"$3" -d"${4:-$WARMUP}s" -s "$BENCH/wrk/$1" "$2" > /dev/null 2>&1 || true; }

# cpu_ms PID...: CPU time (user + system, all threads) the processes have used so far, in ms.
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
cpu_ms() {
  local total=0 pid
  for pid in "$@"; do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") * TICK_MS ))
  done
  echo "$total"
}

# measure_cpu NAME PIDS -- measure ARGS…: measure, and the CPU the processes spent per request (µs).
measure_cpu() {
  local name=$1 pids=$2 before
  shift 3
  # shellcheck disable=SC2086
  before=$(cpu_ms $pids)
  measure "$name" "$@"
  # shellcheck disable=SC2086
  awk -v ms=$(( $(cpu_ms $pids) - before )) -v n="$(get "$name" requests)" \
    'BEGIN { printf "%.0f", n ? 1000 * ms / n : 0 }' > "$OUT/raw/$name.cpu"
  log "$name: $(cat "$OUT/raw/$name.cpu") µs of CPU per request"
}
cpu_us() { cat "$OUT/raw/$1.cpu"; }

# get NAME KEY: a field of a RESULT line.
get() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$OUT/raw/$1.result"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**not met**"; fi; }

jfr_start() { [ "$JFR" = 1 ] && jcmd "$GW_PID" JFR.start name="$1" settings=profile > /dev/null; true; }
jfr_stop() {
  [ "$JFR" = 1 ] || return 0
  jcmd "$GW_PID" JFR.stop name="$1" filename="$OUT/$1.jfr" > /dev/null
  "$BENCH/jfr-top.sh" "$OUT/$1.jfr" > "$OUT/$1-profile.txt"
  log "JFR profile of $1: $OUT/$1-profile.txt"
}

for tool in java jcmd wrk nginx curl python3; do command -v "$tool" > /dev/null || fail "$tool is not installed"; done
[ -f "$JAR" ] || fail "$JAR is missing: build it first (mvn -B -q -DskipTests package)"
# The run uses its own copy: a build during the run replaces target/gateway.jar under the running JVM,
# whose next class load then fails (seen: NoClassDefFoundError, requests left unanswered).
cp "$JAR" "$TMP/gateway.jar"
JAR=$TMP/gateway.jar
WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
WIREMOCK_JAR=$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar
[ -f "$WIREMOCK_JAR" ] || mvn -B -q dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" > /dev/null \
  || fail "cannot get wiremock-standalone $WIREMOCK_VERSION"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STUB_PORT=$(free_port); GW_PORT=$(free_port); NGINX_PORT=$(free_port); DEAD_PORT=$(free_port)
STUB=http://127.0.0.1:$STUB_PORT
GW=http://127.0.0.1:$GW_PORT

# ── The 20 ms upstream: WireMock playing the population, insurance and land registers and the portal ──
mkdir -p "$TMP/stub/mappings" "$TMP/stub/__files"
cp "$BENCH"/stub/mappings/*.json "$TMP/stub/mappings/"
cp "$BENCH"/stub/__files/* "$TMP/stub/__files/"
# The fixture citizen, about whoever is asked: the gateway refuses an answer about another person than the
# one it asked for (RecordIdentity), so the stub puts the asked personal id in the record's first SoDinhDanh.
sed '0,/<cd:SoDinhDanh>[0-9]*</s//<cd:SoDinhDanh>{{xPath request.body '"'"'\/\/*[local-name()="SoDinhDanh"]\/text()'"'"'}}</' \
  "$ROOT/fixtures/population/native/$HIT_ID.xml" > "$TMP/stub/__files/citizen.xml"
java -Xmx256m -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$STUB_PORT" --root-dir "$TMP/stub" \
  --async-response-enabled true --async-response-threads 16 --container-threads 64 \
  --max-request-journal-entries 2000 --disable-banner > "$OUT/raw/stub.log" 2>&1 &
PIDS+=($!)
wait_http "$STUB/__admin/health" 60
log "stub (20 ms population, insurance and land registers; the portal's catalogue) on $STUB_PORT"

# ── The gateway (sandbox clients, simulators off, its own empty database, registers and portal → stub,
#    business → nowhere). Purpose binding in `report` mode: the bench's citizens are in no dossier, so the
#    check runs in full on every lookup (same cost) and reports instead of refusing (docs/security.md) ──────────────────────────────────────────────────────────────────────────────
GW_START_NS=$(date +%s%N)
java -Xmx"$HEAP" -jar "$JAR" --server.port="$GW_PORT" \
  --spring.profiles.active=sandbox --gateway.sandbox.enabled=false --gateway.data-dir="$TMP/data" \
  --gateway.connectors.population.base-url="$STUB" \
  --gateway.connectors.insurance.base-url="$STUB" \
  --gateway.connectors.land.base-url="$STUB" \
  --gateway.connectors.npsp.base-url="$STUB" \
  --gateway.connectors.business.base-url="http://127.0.0.1:$DEAD_PORT" \
  --gateway.connectors.civil-status.base-url="http://127.0.0.1:$DEAD_PORT" \
  --gateway.connectors.business.circuit-breaker.wait-duration-in-open-state=10m \
  --gateway.rate-limit.limit-for-period=10000000 \
  --gateway.purpose.mode=report \
  --logging.level.root=WARN --logging.level.vn.hanoi.gateway.GatewayApplication=INFO > "$OUT/raw/gateway.log" 2>&1 &
GW_PID=$!
PIDS+=("$GW_PID")
wait_http "$GW/actuator/health/readiness" 120
STARTUP_MS=$(( ($(date +%s%N) - GW_START_NS) / 1000000 ))
STARTUP_CPU_MS=$(cpu_ms "$GW_PID")
STARTED_IN=$(sed -n 's/.*Started GatewayApplication in \([0-9.]*\) seconds.*/\1/p' "$OUT/raw/gateway.log" | head -1)
log "gateway ready on $GW_PORT after $STARTUP_MS ms (process start → readiness UP), $STARTUP_CPU_MS ms of CPU"

ONE_STOP=(-H 'X-API-Key: sandbox-one-stop-key' -H 'X-Dossier-Code: D-BENCH' -H 'X-Officer-Id: can-bo-bench')

# The catalogue sync (gateway.catalogue.initial-delay after start) must have taken BENCH.4 from the portal stub.
wait_http "$GW/api/v1/procedures/$PROCEDURE" 60 -H 'X-API-Key: sandbox-one-stop-key'
log "catalogue synchronised: procedure $PROCEDURE is known"

# ── JIT warm-up: hits and misses together, in 5 s rounds, until WARMUP_REQUESTS hits or WARMUP_MAX s ──
curl -fsS "${ONE_STOP[@]}" -o /dev/null "$GW/api/v1/citizens/$HIT_ID" || fail "first lookup"
WARM_START=$(date +%s); WARM_HITS=0
export BENCH_SEED=$(( RANDOM * 10 + 5000000 ))
while [ "$WARM_HITS" -lt "$WARMUP_REQUESTS" ] && [ $(( $(date +%s) - WARM_START )) -lt "$WARMUP_MAX" ]; do
  wrk -t1 -c"$MISS_CONNECTIONS" -d5s -s "$BENCH/wrk/distinct-citizens.lua" "$GW/" > /dev/null 2>&1 &
  misses=$!
  round=$(wrk -t1 -c"$HIT_CONNECTIONS" -d5s -s "$BENCH/wrk/one-stop.lua" "$GW/api/v1/citizens/$HIT_ID" 2>&1 \
    | sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p')
  wait "$misses" || true
  WARM_HITS=$(( WARM_HITS + ${round:-0} ))
  export BENCH_SEED=$(( BENCH_SEED + 100000 ))
done
WARM_SECONDS=$(( $(date +%s) - WARM_START ))
log "JIT warm-up: $WARM_HITS hits (and misses alongside) in $WARM_SECONDS s"

# ── 1. Cache hit vs nginx proxy_cache ───────────────────────────────────────────────────────────────
curl -fsS "${ONE_STOP[@]}" -D "$TMP/hit.headers" -o "$TMP/citizen.json" "$GW/api/v1/citizens/$HIT_ID"
grep -qi '^X-Cache: HIT' "$TMP/hit.headers" || fail "the second lookup was not a cache hit"
mkdir -p "$TMP/nginx/cache"
NGINX_USER=""; [ "$(id -u)" = 0 ] && NGINX_USER="user root;"
cat > "$TMP/nginx/nginx.conf" <<EOF
$NGINX_USER
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path $TMP/nginx/cache levels=1:2 keys_zone=bench:1m max_size=10m inactive=60m use_temp_path=off;
  upstream gateway { server 127.0.0.1:$GW_PORT; keepalive 16; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://gateway;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-API-Key sandbox-one-stop-key;
      proxy_set_header X-Dossier-Code D-BENCH;
      proxy_set_header X-Officer-Id can-bo-bench;
      proxy_cache bench;
      proxy_cache_key \$uri;
      proxy_cache_valid 200 10m;
      proxy_ignore_headers Cache-Control Expires Set-Cookie Vary;
      add_header X-Nginx-Cache \$upstream_cache_status;
    }
  }
}
EOF
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'daemon off;' > "$OUT/raw/nginx.log" 2>&1 &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
wait_http "http://127.0.0.1:$NGINX_PORT/api/v1/citizens/$HIT_ID" 10
curl -fsS -D "$TMP/nginx.headers" -o "$TMP/nginx.json" "http://127.0.0.1:$NGINX_PORT/api/v1/citizens/$HIT_ID"
grep -qi '^X-Nginx-Cache: HIT' "$TMP/nginx.headers" || fail "nginx did not answer from its cache"
cmp -s "$TMP/citizen.json" "$TMP/nginx.json" || fail "nginx serves another body than the gateway"
log "1. cache hit: gateway vs nginx proxy_cache, $HIT_CONNECTIONS connections"
warm one-stop.lua "$GW/api/v1/citizens/$HIT_ID" "$HIT_CONNECTIONS"
jfr_start hit
measure_cpu hit-gateway "$GW_PID" -- one-stop.lua "$GW/api/v1/citizens/$HIT_ID" "$HIT_CONNECTIONS" "$DURATION"
jfr_stop hit
warm one-stop.lua "http://127.0.0.1:$NGINX_PORT/api/v1/citizens/$HIT_ID" "$HIT_CONNECTIONS" 2
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
measure_cpu hit-nginx "$NGINX_PIDS" -- one-stop.lua "http://127.0.0.1:$NGINX_PORT/api/v1/citizens/$HIT_ID" "$HIT_CONNECTIONS" "$DURATION"

log "1b. the floor of the servlet stack: the liveness probe (filters, Spring MVC, actuator; no lookup)"
warm one-stop.lua "$GW/actuator/health/liveness" "$HIT_CONNECTIONS"
jfr_start floor
measure_cpu floor-gateway "$GW_PID" -- one-stop.lua "$GW/actuator/health/liveness" "$HIT_CONNECTIONS" $(( DURATION / 2 ))
jfr_stop floor

# ── 2. Cache miss with a 20 ms upstream vs that upstream called directly ──────────────────────────
log "2. cache miss: gateway (a new id every request) vs the 20 ms upstream directly, $MISS_CONNECTIONS connections"
warm direct-soap.lua "$STUB/ws/CongDanService" "$MISS_CONNECTIONS"
measure miss-direct direct-soap.lua "$STUB/ws/CongDanService" "$MISS_CONNECTIONS" "$DURATION"
export BENCH_SEED=$(( RANDOM * 10 ))
warm distinct-citizens.lua "$GW/" "$MISS_CONNECTIONS"
export BENCH_SEED=$(( BENCH_SEED + 500000 ))
jfr_start miss
measure_cpu miss-gateway "$GW_PID" -- distinct-citizens.lua "$GW/" "$MISS_CONNECTIONS" "$DURATION"
jfr_stop miss
curl -fsS "${ONE_STOP[@]}" -D "$TMP/miss.headers" -o /dev/null "$GW/api/v1/citizens/001099000001"
grep -qi '^X-Cache: MISS' "$TMP/miss.headers" || fail "a new id was not a cache miss"

# ── 3. Upstream down, circuit open: time to a 503 ─────────────────────────────────────────────────
log "3. circuit open: priming the business connector's breaker (its upstream is a dead port)"
for _ in $(seq 1 6); do
  curl -s "${ONE_STOP[@]}" -o /dev/null --max-time 10 "$GW/api/v1/enterprises/$ENTERPRISE" || true
done
curl -s "${ONE_STOP[@]}" -o "$TMP/open.json" -w '%{http_code}' "$GW/api/v1/enterprises/$ENTERPRISE" > "$TMP/open.status"
[ "$(cat "$TMP/open.status")" = 503 ] && grep -q circuit_open "$TMP/open.json" || fail "the circuit did not open"
warm one-stop.lua "$GW/api/v1/enterprises/$ENTERPRISE" "$MISS_CONNECTIONS" 2
measure_cpu open-gateway "$GW_PID" -- one-stop.lua "$GW/api/v1/enterprises/$ENTERPRISE" "$MISS_CONNECTIONS" $(( DURATION / 2 ))

# ── 4. 200 concurrent misses for one record: upstream calls made ──────────────────────────────────
log "4. 200 concurrent misses for one record"
curl -fsS -X DELETE "$STUB/__admin/requests" > /dev/null
URLS=(); for _ in $(seq 1 200); do URLS+=(-o /dev/null "$GW/api/v1/citizens/$BURST_ID"); done
BURST_START_NS=$(date +%s%N)
curl -s -Z --parallel-immediate --parallel-max 200 --max-time 20 "${ONE_STOP[@]}" \
  -w '%{http_code} %header{x-cache}\n' "${URLS[@]}" > "$OUT/raw/burst.txt" || true
BURST_MS=$(( ($(date +%s%N) - BURST_START_NS) / 1000000 ))
BURST_OK=$(grep -c '^200 ' "$OUT/raw/burst.txt" || true)
BURST_MISS=$(grep -c '^200 MISS' "$OUT/raw/burst.txt" || true)
BURST_CALLS=$(curl -fsS -X POST "$STUB/__admin/requests/count" \
  -d "{\"method\":\"POST\",\"urlPath\":\"/ws/CongDanService\",\"bodyPatterns\":[{\"contains\":\"SoDinhDanh>$BURST_ID<\"}]}" \
  | sed -n 's/.*"count" *: *\([0-9]*\).*/\1/p')
log "   $BURST_OK answers 200 ($BURST_MISS MISS) in $BURST_MS ms; upstream calls: $BURST_CALLS"

# ── 5. Prefill fan-out over four sources: a new applicant every request vs one single-source miss ──
log "5. prefill fan-out over four sources (population, insurance, land, warehouse), $PREFILL_CONNECTIONS connections"
# counter NAME LABELS: the sum of a counter of the gateway's metrics over the series whose labels hold LABELS.
counter() {
  curl -fsS -H 'X-API-Key: sandbox-ops-key' "$GW/actuator/prometheus" \
    | awk -v name="$1_total{" -v labels="$2" 'index($0, name) == 1 && index($0, labels) { n += $NF } END { printf "%d", n }'
}
# register_caches RESULT: the population, insurance and land lookups answered with that cache result (hit, miss).
register_caches() {
  local r; for r in population insurance land; do counter gateway_connector_cache "connector=\"$r\",result=\"$1\""; echo; done | xargs
}
# per_request BEFORE AFTER N: what each register's counter grew by, per request: "a / b / c".
per_request() {
  awk -v b="$1" -v a="$2" -v n="$3" 'BEGIN { split(b, x, " "); split(a, y, " ")
    for (i = 1; i <= 3; i++) printf "%s%.2f", (i > 1 ? " / " : ""), n ? (y[i] - x[i]) / n : 0 }'
}
unavailable_components() { counter gateway_prefill_components 'status="UNAVAILABLE"'; }
# applicant N: applicant number N as wrk/prefill.lua numbers them: "<personal id> <map sheet> <parcel number>".
applicant() {
  local yy serial
  yy=$(printf '%02d' $(( $1 / 900000 % 100 ))); serial=$(( 100000 + $1 % 900000 ))
  echo "0011$yy$serial 1$yy $serial"
}
# prefill_once N DOSSIER: one prefill of applicant number N, of their parcel in commune 00001; prints the HTTP
# status and each source's status.
prefill_once() {
  local id sheet parcel
  read -r id sheet parcel <<< "$(applicant "$1")"
  curl -sS -o "$TMP/prefill.json" -w '%{http_code}' -H 'X-API-Key: sandbox-one-stop-key' -H "X-Dossier-Code: $2" \
    -H 'X-Officer-Id: can-bo-bench' -H 'Content-Type: application/json' "$GW/api/v1/prefill" \
    -d "{\"procedureCode\":\"$PROCEDURE\",\"dossierCode\":\"$2\",\"applicant\":{\"type\":\"CITIZEN\",\"id\":\"$id\"},\"parcel\":{\"communeCode\":\"00001\",\"mapSheetNumber\":\"$sheet\",\"parcelNumber\":\"$parcel\"}}"
  python3 -c 'import json, sys; print("", *(i["source"] + "=" + i["status"] for i in json.load(open(sys.argv[1]))["items"]))' \
    "$TMP/prefill.json" 2>/dev/null || echo " (no items)"
}
TODAY=$(date -u +%y%m%d)
# A new applicant: every register misses the cache once, and answers; the warehouse holds nothing for them.
MISSES_BEFORE=$(register_caches miss)
ANSWER=$(prefill_once $(( 89000000 + RANDOM )) "BENCH0.1-$TODAY-0001")
[ "$ANSWER" = "200 population=FULFILLED insurance=FULFILLED land=FULFILLED warehouse=MISSING" ] \
  || fail "a prefill of a new applicant answered: $ANSWER"
[ "$(per_request "$MISSES_BEFORE" "$(register_caches miss)" 1)" = "1.00 / 1.00 / 1.00" ] \
  || fail "a prefill of a new applicant did not miss each register's cache once"
log "   a new applicant: $ANSWER (one cache miss on each register)"
# The cached applicant: a birth certificate in the warehouse, so that all four sources hold evidence.
printf '%%PDF-1.4\n%% bench: a birth certificate\n%%%%EOF\n' > "$TMP/birth.pdf"
curl -fsS -o /dev/null "${ONE_STOP[@]}" "$GW/api/v1/documents" -F "file=@$TMP/birth.pdf;type=application/pdf" \
  -F "metadata={\"ownerType\":\"CITIZEN\",\"ownerId\":\"$(applicant "$PREFILL_HIT_APPLICANT" | cut -d' ' -f1)\",\"documentType\":\"BIRTH_CERTIFICATE\",\"title\":\"Giấy khai sinh (bench)\",\"issuer\":\"UBND phường Phúc Xá\",\"issuedOn\":\"1990-02-01\",\"validUntil\":null,\"dossierCode\":\"BENCH0.2-$TODAY-0001\"};type=application/json" \
  || fail "storing the cached applicant's birth certificate"
ANSWER=$(prefill_once "$PREFILL_HIT_APPLICANT" "BENCH0.3-$TODAY-0001")
[ "$ANSWER" = "200 population=FULFILLED insurance=FULFILLED land=FULFILLED warehouse=FULFILLED" ] \
  || fail "a prefill of the cached applicant answered: $ANSWER"
log "   the cached applicant: $ANSWER"

export BENCH_SEED=$(( RANDOM * 10 + 20000000 ))
warm prefill.lua "$GW/" "$PREFILL_CONNECTIONS"
export BENCH_SEED=$(( BENCH_SEED + 500000 ))
MISSES_BEFORE=$(register_caches miss)
UNAVAILABLE_BEFORE=$(unavailable_components)
jfr_start prefill
measure_cpu prefill-miss "$GW_PID" -- prefill.lua "$GW/" "$PREFILL_CONNECTIONS" "$DURATION"
jfr_stop prefill
PREFILL_MISSES=$(per_request "$MISSES_BEFORE" "$(register_caches miss)" "$(get prefill-miss requests)")
PREFILL_MISS_UNAVAILABLE=$(( $(unavailable_components) - UNAVAILABLE_BEFORE ))
log "   cache misses per prefill (population / insurance / land): $PREFILL_MISSES; UNAVAILABLE components: $PREFILL_MISS_UNAVAILABLE"

export BENCH_PREFILL_APPLICANT=$PREFILL_HIT_APPLICANT BENCH_SEED=$(( BENCH_SEED + 500000 ))
warm prefill.lua "$GW/" "$PREFILL_CONNECTIONS" 2
export BENCH_SEED=$(( BENCH_SEED + 500000 ))
HITS_BEFORE=$(register_caches hit)
UNAVAILABLE_BEFORE=$(unavailable_components)
measure_cpu prefill-hit "$GW_PID" -- prefill.lua "$GW/" "$PREFILL_CONNECTIONS" $(( DURATION / 2 ))
PREFILL_HITS=$(per_request "$HITS_BEFORE" "$(register_caches hit)" "$(get prefill-hit requests)")
PREFILL_HIT_UNAVAILABLE=$(( $(unavailable_components) - UNAVAILABLE_BEFORE ))
unset BENCH_PREFILL_APPLICANT
log "   cache hits per prefill (population / insurance / land): $PREFILL_HITS; UNAVAILABLE components: $PREFILL_HIT_UNAVAILABLE"

# ── 6. Resident memory after LOAD_SECONDS of mixed load ───────────────────────────────────────────
log "6. $LOAD_SECONDS s of mixed load (hits and misses together), then resident memory"
heap_used_mb() { jcmd "$GW_PID" GC.heap_info 2>/dev/null | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%d", $1 / 1024 }'; }
HEAP_PEAK=0
export BENCH_SEED=$(( BENCH_SEED + 2000000 ))
wrk -t1 -c$(( HIT_CONNECTIONS / 2 )) -d"${LOAD_SECONDS}s" -s "$BENCH/wrk/one-stop.lua" "$GW/api/v1/citizens/$HIT_ID" > "$OUT/raw/load-hits.txt" 2>&1 &
LOAD_HITS=$!
wrk -t1 -c"$MISS_CONNECTIONS" -d"${LOAD_SECONDS}s" -s "$BENCH/wrk/distinct-citizens.lua" "$GW/" > "$OUT/raw/load-misses.txt" 2>&1 &
LOAD_MISSES=$!
while kill -0 "$LOAD_HITS" 2>/dev/null; do
  used=$(heap_used_mb); [ -n "$used" ] && [ "$used" -gt "$HEAP_PEAK" ] && HEAP_PEAK=$used
  sleep 5
done
wait "$LOAD_HITS" "$LOAD_MISSES" || true
RSS_MB=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$GW_PID/status")
HEAP_END=$(heap_used_mb)
[ -n "$HEAP_END" ] && [ "$HEAP_END" -gt "$HEAP_PEAK" ] && HEAP_PEAK=$HEAP_END
LOAD_RPS=$(grep -h '^RESULT' "$OUT/raw/load-hits.txt" "$OUT/raw/load-misses.txt" \
  | sed 's/.*requests=\([0-9]*\).*/\1/' | awk -v s="$LOAD_SECONDS" '{ n += $1 } END { printf "%d", n / s }')
log "   RSS $RSS_MB MB, heap used $HEAP_END MB at the end, $HEAP_PEAK MB at most (of -Xmx$HEAP), $LOAD_RPS requests/s"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ELAPSED=$(( $(date +%s) - START ))

# ── Results ─────────────────────────────────────────────────────────────────────────────────────────
HIT_RATIO=$(calc "$(get hit-gateway rps) / $(get hit-nginx rps)" 3)
HIT_CPU_RATIO=$(calc "$(cpu_us hit-nginx) / $(cpu_us hit-gateway)" 3)
OVER_P50=$(calc "$(get miss-gateway p50_ms) - $(get miss-direct p50_ms)")
OVER_P99=$(calc "$(get miss-gateway p99_ms) - $(get miss-direct p99_ms)")
OPEN_P99=$(get open-gateway p99_ms)
OPEN_NON2XX=$(get open-gateway non2xx)
OPEN_REQUESTS=$(get open-gateway requests)
PREFILL_RATIO=$(calc "$(get prefill-miss p50_ms) / $(get miss-gateway p50_ms)")
PREFILL_WAIT=$(calc "$(get prefill-miss p50_ms) - $(get prefill-hit p50_ms)")
cat > "$OUT/results.md" <<EOF
# Benchmark results, $(date -u +'%Y-%m-%d %H:%M UTC')

Machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ { print $2 }') GiB;
$(java -version 2>&1 | head -1); $(nginx -v 2>&1); wrk $(wrk --version 2>&1 | head -1 | cut -d' ' -f2).
Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER. Run took $ELAPSED s.
JIT warm-up after start: $WARM_HITS hits with misses alongside, $WARM_SECONDS s.
Parameters: DURATION=$DURATION s per side, WARMUP=$WARMUP s, HIT_CONNECTIONS=$HIT_CONNECTIONS,
MISS_CONNECTIONS=$MISS_CONNECTIONS, PREFILL_CONNECTIONS=$PREFILL_CONNECTIONS, THREADS=$THREADS, LOAD_SECONDS=$LOAD_SECONDS, gateway -Xmx$HEAP,
JFR=$JFR. Gateway: sandbox clients, simulators off, in-JVM cache.

| scenario | gateway | reference | figure | target | |
|---|---|---|---|---|---|
| 1. cache hit, $HIT_CONNECTIONS connections | $(get hit-gateway rps) req/s, p50 $(get hit-gateway p50_ms) ms, p99 $(get hit-gateway p99_ms) ms; $(cpu_us hit-gateway) µs CPU/req | nginx proxy_cache: $(get hit-nginx rps) req/s, p50 $(get hit-nginx p50_ms) ms, p99 $(get hit-nginx p99_ms) ms; $(cpu_us hit-nginx) µs CPU/req | **$HIT_RATIO× nginx** (CPU per request: $HIT_CPU_RATIO×) | ≥ 0.25× | $(verdict "$HIT_RATIO >= 0.25") |
| 1b. floor: \`/actuator/health/liveness\`, no lookup | $(get floor-gateway rps) req/s, p50 $(get floor-gateway p50_ms) ms; $(cpu_us floor-gateway) µs CPU/req | | $(calc "$(get floor-gateway rps) / $(get hit-nginx rps)" 3)× nginx | (what limits 1) | |
| 2. cache miss, 20 ms upstream, $MISS_CONNECTIONS connections | p50 $(get miss-gateway p50_ms) ms, p99 $(get miss-gateway p99_ms) ms, $(get miss-gateway rps) req/s; $(cpu_us miss-gateway) µs CPU/req | upstream directly: p50 $(get miss-direct p50_ms) ms, p99 $(get miss-direct p99_ms) ms, $(get miss-direct rps) req/s | **overhead p50 $OVER_P50 ms, p99 $OVER_P99 ms** | ≤ 2 ms, ≤ 10 ms | $(verdict "$OVER_P50 <= 2") / $(verdict "$OVER_P99 <= 10") |
| 3. upstream down, circuit open | $OPEN_NON2XX of $OPEN_REQUESTS answers 503; p50 $(get open-gateway p50_ms) ms, **p99 $OPEN_P99 ms**; $(cpu_us open-gateway) µs CPU/req | | | p99 < 20 ms | $(verdict "$OPEN_P99 < 20") |
| 4. 200 concurrent misses, one record | $BURST_OK × 200 ($BURST_MISS MISS) in $BURST_MS ms | | **$BURST_CALLS upstream call(s)** | 1 | $(verdict "$BURST_CALLS == 1") |
| 5. prefill fan-out, four sources (population, insurance, land, warehouse), a new applicant every request, $PREFILL_CONNECTIONS connections | **p50 $(get prefill-miss p50_ms) ms**, p99 $(get prefill-miss p99_ms) ms, $(get prefill-miss rps) req/s; $(cpu_us prefill-miss) µs CPU/req; cache misses per prefill (population / insurance / land) $PREFILL_MISSES; $PREFILL_MISS_UNAVAILABLE components UNAVAILABLE | one lookup miss (2.): p50 $(get miss-gateway p50_ms) ms, p99 $(get miss-gateway p99_ms) ms, p79 $(get miss-gateway p79_ms) ms (the median of the slowest of three at once); the upstream directly: p50 $(get miss-direct p50_ms) ms | **$PREFILL_RATIO× a single miss** (p50); the fastest prefill $(get prefill-miss min_ms) ms (three 20 ms calls one after another: ≥ 60 ms) | parallel: ≈ 1× a single miss (< 1.5×; serial ≈ 3–4×), none UNAVAILABLE | $(verdict "$PREFILL_RATIO < 1.5 && $PREFILL_MISS_UNAVAILABLE == 0") |
| 5b. prefill, one applicant, every source cached, $PREFILL_CONNECTIONS connections | p50 $(get prefill-hit p50_ms) ms, p99 $(get prefill-hit p99_ms) ms, $(get prefill-hit rps) req/s; $(cpu_us prefill-hit) µs CPU/req; cache hits per prefill $PREFILL_HITS; $PREFILL_HIT_UNAVAILABLE components UNAVAILABLE | | the sources' wait: p50 misses − cached $PREFILL_WAIT ms | (one 20 ms wait if parallel) | |
| 6. start-up | process start → readiness UP; Spring Boot: started in ${STARTED_IN:-?} s; $(calc "$STARTUP_CPU_MS / 1000" 1) s of CPU (both cores) | | **$(calc "$STARTUP_MS / 1000" 1) s** | < 15 s | $(verdict "$STARTUP_MS < 15000") |
| 6. memory after $LOAD_SECONDS s of mixed load ($LOAD_RPS req/s) | RSS $RSS_MB MB; heap used $HEAP_END MB at the end, at most $HEAP_PEAK MB (sampled every 5 s), of -Xmx$HEAP | | **heap ≤ $HEAP_PEAK MB** | < 512 MB | $(verdict "$HEAP_PEAK < 512") |

Raw wrk lines:

\`\`\`
$(for f in "$OUT"/raw/*.result; do printf '%-14s %s\n' "$(basename "$f" .result)" "$(cut -d' ' -f2- "$f")"; done)
\`\`\`
EOF
cat "$OUT/results.md"
log "results: $OUT/results.md"
