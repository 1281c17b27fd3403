#!/usr/bin/env bash
# Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording: the share of samples spent in
# each part of the stack (inclusive), the hottest methods on top of the stack (self), and the hottest
# frames of the gateway's own code. Usage: bench/jfr-top.sh RECORDING.jfr [TOP]
set -euo pipefail
recording=$1
top=${2:-20}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
# One line per sample: its frames, top first, separated by '|'.
jfr print --events jdk.ExecutionSample --stack-depth 200 "$recording" | awk '
  /stackTrace = \[/ { inside = 1; stack = ""; next }
  inside && /^[[:space:]]*\]/ { inside = 0; print stack; next }
  inside && /line:/ {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame); sub(/\(.*/, "", frame)
    stack = stack == "" ? frame : stack "|" frame
  }' > "$samples"
total=$(wc -l < "$samples")
echo "$total CPU samples in $recording"
echo
echo "Inclusive: share of samples with a frame of …"
for part in \
    'vn\.hanoi\.gateway:the gateway'"'"'s own code' \
    'org\.apache\.(catalina|coyote|tomcat):Tomcat (HTTP, servlet)' \
    'org\.springframework\.web:Spring MVC' \
    'org\.apache\.camel:Camel (route, producer template)' \
    'com\.fasterxml\.jackson:Jackson (JSON)' \
    'org\.apache\.cxf|com\.sun\.xml\.bind|org\.glassfish\.jaxb|jakarta\.xml\.bind:CXF / JAXB (SOAP)' \
    'javax\.crypto|com\.sun\.crypto|sun\.security:JCA (HMAC of the cache key, TLS)' \
    'java\.net\.http|jdk\.internal\.net\.http:java.net.http (upstream HTTP client)' \
    'com\.github\.benmanes\.caffeine:Caffeine (cache)' \
    'io\.micrometer:Micrometer (metrics)' \
    'io\.github\.resilience4j:Resilience4j (breaker)' \
    'ch\.qos\.logback|org\.slf4j:logging' \
    'io\.lettuce|org\.springframework\.data\.redis:Redis client' \
    'org\.h2|com\.zaxxer\.hikari|org\.springframework\.jdbc:the database (H2, Hikari, Spring JDBC)' \
    'sun\.nio\.ch|java\.net\.Socket|sun\.nio\.cs:socket and charset I/O'; do
  pattern=${part%%:*}; name=${part#*:}
  n=$(grep -cE "(^|\|)($pattern)" "$samples" || true)
  awk -v n="$n" -v t="$total" -v name="$name" 'BEGIN { printf "  %5.1f%%  %s\n", t ? 100 * n / t : 0, name }'
done
echo
echo "Self: the $top hottest methods on top of the stack"
cut -d'|' -f1 "$samples" | sort | uniq -c | sort -rn | awk -v n="$top" 'NR <= n' \
  | awk -v t="$total" '{ printf "  %5.1f%%  %s\n", 100 * $1 / t, $2 }'
echo
echo "The gateway's own code: the $top hottest of its frames nearest the top of the stack"
awk -F'|' '{ for (i = 1; i <= NF; i++) if ($i ~ /^vn\.hanoi\.gateway/) { print $i; break } }' "$samples" \
  | sort | uniq -c | sort -rn | awk -v n="$top" 'NR <= n' | awk -v t="$total" '{ printf "  %5.1f%%  %s\n", 100 * $1 / t, $2 }'
