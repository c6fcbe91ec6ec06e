#!/usr/bin/env bash
# The server's CPU time per request, one client on a keep-alive connection (wrk): the JVM's user
# and system time (/proc/PID/stat) over 10 seconds of requests, after 8 seconds of warming up.
# Less sensitive than latency to other work on the machine, but not immune: run it on a quiet
# machine and compare pages within one run. It is the budget to watch: at 16 clients on two cores
# shared with wrk, a p95 of 30 ms needs about 2 ms of CPU a request.
#
#   PAGES="/indicators/1?month=2016-11 /my-figures" bench/cpu-per-request.sh
#   APP_ARGS="--spring.thymeleaf.prefix=file:/tmp/templates/" ...   (try a changed template)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f app/target/barometer.jar ] || ./mvnw -B -ntp -q -pl app -am -DskipTests package
PORT=18090; BASE="http://localhost:$PORT"; PASSWORD="benchmark-admin-password"; DATA=$(mktemp -d)
BAROMETER_DATA="$DATA" BAROMETER_ADMIN_PASSWORD="$PASSWORD" java -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC} -jar app/target/barometer.jar ${APP_ARGS:-} --server.port=$PORT > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
J="$DATA/c"
csrf() { curl -s -c "$J" -b "$J" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$J" -b "$J" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$J")
TOKEN=$(curl -s -c "$J" -b "$J" --data-urlencode "name=b" --data-urlencode "scope=READ" --data-urlencode "_csrf=$(csrf /account/tokens)" "$BASE/account/tokens" | grep -o 'brm_[A-Za-z0-9_-]*' | head -1)
ticks() { awk '{print $14+$15}' /proc/$APP/stat; }
HZ=$(getconf CLK_TCK)
measure() {
  local name=$1; shift
  wrk -t1 -c1 -d${WARM_SECONDS:-8}s "$@" > /dev/null
  local t0 t1 n
  t0=$(ticks)
  n=$(wrk -t1 -c1 -d10s "$@" | awk '/requests in/ {print $1}')
  t1=$(ticks)
  echo "$name: $n requests, $(awk -v d=$((t1-t0)) -v n=$n -v hz=$HZ 'BEGIN{printf "%.2f ms CPU a request", 1000*d/hz/n}')"
}
for p in ${PAGES:-/indicators/1?month=2016-11}; do
  measure "page $p" -H "Cookie: SESSION=$SESSION" "$BASE$p"
done
[ -n "${ONLY_PAGES:-}" ] && exit 0
measure "api /api/v1/indicators/1" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators/1?month=2016-11"
measure "health" "$BASE/actuator/health"
measure "login page" "$BASE/login"
