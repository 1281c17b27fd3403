#!/usr/bin/env bash
# Start-up of the gateway as `java -jar` vs extracted with a class data sharing (CDS) archive, side by
# side: ROUNDS alternating starts of each, process start → /actuator/health/readiness UP, wall time and
# CPU time. Loopback only; every connector points at the discard port (nothing is called).
# Usage: bench/startup-cds.sh [ROUNDS]   (default 3; about 1 minute per round on this machine)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
JAR=${JAR:-$PWD/gateway/target/gateway.jar}
HEAP=${HEAP:-512m}
TMP=$(mktemp -d /tmp/gateway-cds.XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -q -DskipTests package" >&2; exit 1; }

ARGS=(--spring.profiles.active=sandbox --gateway.sandbox.enabled=false --logging.level.root=WARN)
for system in population business insurance land npsp; do
  ARGS+=("--gateway.connectors.$system.base-url=http://127.0.0.1:9")
done
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# The extracted layout and its archive, from a training run that stops once the context is refreshed.
java -Djarmode=tools -jar "$JAR" extract --destination "$TMP/app" > /dev/null
APP_JAR=$TMP/app/$(basename "$JAR")
(cd "$TMP/app" && java -XX:ArchiveClassesAtExit="$TMP/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" --server.port=0 "${ARGS[@]}" > "$TMP/training.log" 2>&1) || { cat "$TMP/training.log" >&2; exit 1; }

# start KIND: one start; prints "KIND wall_ms=… cpu_ms=…".
start() {
  local port start_ns wall cpu
  port=$(free_port)
  start_ns=$(date +%s%N)
  if [ "$1" = cds ]; then
    (cd "$TMP/app" && exec java -Xmx"$HEAP" -XX:SharedArchiveFile="$TMP/app.jsa" -jar "$APP_JAR" --server.port="$port" "${ARGS[@]}") > "$TMP/$1.log" 2>&1 &
  else
    java -Xmx"$HEAP" -jar "$JAR" --server.port="$port" "${ARGS[@]}" > "$TMP/$1.log" 2>&1 &
  fi
  PID=$!
  for _ in $(seq 1 2400); do
    curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/actuator/health/readiness" && break
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  cpu=$(( $(awk '{ print $14 + $15 }' "/proc/$PID/stat") * TICK_MS ))
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  echo "$1 wall_ms=$wall cpu_ms=$cpu load=$(cut -d' ' -f1 /proc/loadavg)"
}

echo "start-up, $ROUNDS rounds, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$ROUNDS"); do start jar; start cds; done
