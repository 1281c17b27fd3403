#!/usr/bin/env bash
# The long variant of LoadWithFaultsIT (issue #9, load with faults): the same run as in `mvn verify`, with the
# load lasting LOAD_SECONDS (default 600) from CALLERS virtual counters (default 8). Loopback only.
#   bench/load-with-faults.sh                    # 10 minutes of load, about 15 in all (the backlog drains after)
#   LOAD_SECONDS=1800 CALLERS=16 bench/load-with-faults.sh
# It runs the test once, in failsafe's default execution (a plain -Dit.test run would also run it in the
# structured-logs execution). The summary table (requests by kind and outcome) is printed to the console.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -pl gateway -am package failsafe:integration-test@default failsafe:verify@default \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.test=LoadWithFaultsIT \
  -Dreliability.load.seconds="${LOAD_SECONDS:-600}" -Dreliability.load.callers="${CALLERS:-8}"
