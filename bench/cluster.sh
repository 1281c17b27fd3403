#!/usr/bin/env bash
# The cluster run (issue #17.4): three gateway instances (production profile, PostgreSQL and Redis on this
# machine) behind nginx, the load-with-faults mix through nginx, one instance killed with -9 a third into the
# load and started again; prints the report (lines starting CLUSTER, and the answers' table). Loopback only,
# bounded: LOAD_SECONDS of load (default 120), then the outbox drains; about 6 minutes on 2 cores.
#   bench/cluster.sh
#   LOAD_SECONDS=300 CALLERS=16 bench/cluster.sh
# Needs PostgreSQL (127.0.0.1:5432, trust, database test) and Redis (127.0.0.1:6379); installs nginx if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null; then
  apt-get install -y -q nginx-light >/dev/null || apt-get install -y -q nginx >/dev/null
fi
mvn -B -pl gateway -am package failsafe:integration-test@default failsafe:verify@default \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.test=ClusterRunIT -Dreliability.cluster=true -Dgateway.test.startup-seconds=600 \
  -Dreliability.load.seconds="${LOAD_SECONDS:-120}" -Dreliability.load.callers="${CALLERS:-8}"
