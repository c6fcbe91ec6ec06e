#!/usr/bin/env bash
# Measures the indicator page and its API call, served warm, under 16 concurrent clients, for an
# indicator with more than 10 years of monthly history. Starts Barometer on a fresh embedded
# database, adds six years of approved figures (April 2006 to March 2012) to indicator 1 through
# the API, in front of the demo's history to November 2016, then runs wrk on the same machine.
#
#   bench/page-benchmark.sh            (needs wrk: apt-get install wrk)
#   The JVM runs as operating.md advises (-XX:+UseParallelGC); JAVA_OPTS="" for the default G1.
#   JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/page.jfr,settings=profile,dumponexit=true" \
#     bench/page-benchmark.sh          (the same, with a flight recording to profile)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-30s}
BASE="http://localhost:$PORT"
PASSWORD="benchmark-admin-password"
DATA=$(mktemp -d)
JAR=app/target/barometer.jar

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q -pl app -am -DskipTests package

BAROMETER_DATA="$DATA" BAROMETER_ADMIN_PASSWORD="$PASSWORD" \
  java -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC} -jar "$JAR" --server.port="$PORT" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  sleep 1
done

# Sign in, and make an API token on the tokens page.
JAR_COOKIES="$DATA/cookies"
csrf() { curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null \
  --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "name=benchmark" --data-urlencode "scope=READ" --data-urlencode "scope=WRITE" \
  --data-urlencode "scope=APPROVE" --data-urlencode "_csrf=$(csrf /account/tokens)" \
  "$BASE/account/tokens" | grep -o 'brm_[A-Za-z0-9_-]*' | head -1)
# One session per client, as 16 people would have.
for client in $(seq 1 "$CLIENTS"); do
  jar="$DATA/cookies-$client"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$jar" >> "$DATA/sessions"
done

# Six more years of approved figures for indicator 1.
month=2006-04
while [ "$month" != "2012-04" ]; do
  value=$(awk -v m="${month#*-}" 'BEGIN { printf "%.2f", 82 + 3 * sin(m) }')
  curl -sf -o "$DATA/figure.json" -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"value\": $value, \"submit\": true, \"explanation\": \"benchmark history\"}" \
    "$BASE/api/v1/indicators/1/figures/$month"
  id=$(grep -o '"id":[0-9]*' "$DATA/figure.json" | head -1 | cut -d: -f2)
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d '{"decision": "approve", "version": 0}' "$BASE/api/v1/figures/$id/decision"
  month=$(date -d "$month-01 +1 month" +%Y-%m)
done
echo "Indicator 1 now has $(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators/1" | grep -o '"state":"APPROVED"' | wc -l) approved monthly figures"

run_with() {
  local script=$1 name=$2; shift 2
  wrk -t"$(( CLIENTS < 2 ? 1 : 2 ))" -c"$CLIENTS" -d10s -s "$script" "$@" >/dev/null          # warm up
  echo "== $name: $CLIENTS clients, $DURATION"
  wrk -t"$(( CLIENTS < 2 ? 1 : 2 ))" -c"$CLIENTS" -d"$DURATION" -s "$script" "$@" | sed -n '/^requests/,$p'
}
run() { run_with bench/p95.lua "$@"; }
export SESSIONS=
echo "Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/.*: *//'), $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
SESSIONS="$DATA/sessions" run_with bench/sessions.lua "indicator page /indicators/1" "$BASE/indicators/1?month=2016-11"
run "API GET /api/v1/indicators/1" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators/1?month=2016-11"
