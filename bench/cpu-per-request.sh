#!/usr/bin/env bash
# The server's CPU time per request, one client on a keep-alive connection (wrk): the JVM's user
# and system time (/proc/PID/task/*/stat, without the JIT compiler's threads, then with them) over
# 10 seconds of requests, after 8 seconds of warming up (WARM_SECONDS),
# and the embedded PostgreSQL's (its server process and its backends), and then the number of SQL
# statements a request makes (PostgreSQL's log_statement, over 20 requests, outside the timing).
# Less sensitive than latency to other work on the machine, but not immune: run it on a quiet
# machine and compare pages within one run. It is the budget to watch: at 16 clients on two cores
# shared with wrk, a p95 of 30 ms needs about 2 ms of CPU a request.
#
#   PAGES="/indicators/1?month=2016-11 /my-figures" bench/cpu-per-request.sh
#   APP_ARGS="--spring.thymeleaf.prefix=file:/tmp/templates/" ...   (try a changed template)
#   JAR=/tmp/other.jar bench/cpu-per-request.sh                       (another build, for A/B)
#   SHOW_STATEMENTS=1 ...                                             (print one request's SQL)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
JAR=${JAR:-app/target/barometer.jar}
[ -f "$JAR" ] || ./mvnw -B -ntp -q -pl core,app -DskipTests package
PORT=18090; PG_PORT=18091; BASE="http://localhost:$PORT"; PASSWORD="benchmark-admin-password"; DATA=$(mktemp -d)
start() {
  BAROMETER_DATA="$DATA" BAROMETER_ADMIN_PASSWORD="$PASSWORD" java -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC} -jar "$JAR" ${APP_ARGS:-} --server.port=$PORT --barometer.embedded-database.port=$PG_PORT >> "$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
}
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
start
# The embedded PostgreSQL's own output stops reaching the log soon after it starts: to count
# statements, start again with PostgreSQL writing its log to a file of its own.
if command -v psql >/dev/null; then
  kill $APP; wait $APP || true
  printf "logging_collector = on\nlog_directory = 'log'\nlog_filename = 'statements.log'\n" >> "$DATA/postgres/postgresql.conf"
  start
fi
J="$DATA/c"
csrf() { curl -s -c "$J" -b "$J" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$J" -b "$J" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$J")
TOKEN=$(curl -s -c "$J" -b "$J" --data-urlencode "name=b" --data-urlencode "scope=READ" --data-urlencode "_csrf=$(csrf /account/tokens)" "$BASE/account/tokens" | grep -o 'brm_[A-Za-z0-9_-]*' | head -1)
# The JVM's threads but its JIT compilers': on a busy machine they are still compiling after the
# warm-up, and their time, which has nothing to do with a request, swamped comparisons.
ticks() {
  for t in /proc/$APP/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in "C1 Compi"* | "C2 Compi"*) continue ;; esac
    sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12+$13}'
  done | awk '{s+=$1} END {print s}'
}
jitticks() { awk '{print $14+$15}' /proc/$APP/stat; }
# PostgreSQL: the server process, its live children (the pool's backends among them) and the
# children that have ended.
POSTMASTER=$(head -1 "$DATA/postgres/postmaster.pid")
pgticks() {
  { awk '{print $14+$15+$16+$17}' /proc/$POSTMASTER/stat
    for c in $(ps -o pid= --ppid "$POSTMASTER"); do awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || true; done
  } | awk '{s+=$1} END {print s}'
}
sql() { PGPASSWORD="$(cat "$DATA/postgres/barometer-password")" psql -q -h localhost -p $PG_PORT -U postgres -d postgres -Atc "$1" >/dev/null; }
statements() { grep -cE 'LOG: +(statement|execute [^:]*):' "$DATA/postgres/log/statements.log" || true; }
HZ=$(getconf CLK_TCK)
measure() {
  local name=$1; shift
  wrk -t1 -c1 -d${WARM_SECONDS:-8}s "$@" > /dev/null
  local t0 t1 p0 p1 n q0 q1
  t0=$(ticks); p0=$(pgticks); a0=$(jitticks)
  n=$(wrk -t1 -c1 -d10s "$@" | awk '/requests in/ {print $1}')
  t1=$(ticks); p1=$(pgticks); a1=$(jitticks)
  q=""
  if command -v psql >/dev/null; then
    sql "alter system set log_statement = 'all'"; sql "select pg_reload_conf()"; sleep 1
    q0=$(statements)
    for _ in $(seq 1 20); do curl -s -o /dev/null "${CURL_ARGS[@]}"; done
    sleep 1; q1=$(statements)
    if [ -n "${SHOW_STATEMENTS:-}" ]; then
      grep -E 'LOG: +(statement|execute [^:]*):' "$DATA/postgres/log/statements.log" | tail -n +$((q0+1)) | head -n $(((q1-q0)/20)) | sed 's/.*LOG: *//' | cut -c1-160 || true
    fi
    sql "alter system reset log_statement"; sql "select pg_reload_conf()"; sleep 1
    q=", $(awk -v d=$((q1-q0)) 'BEGIN{printf "%.1f", d/20}') SQL statements a request"
  fi
  echo "$name: $n requests, $(awk -v d=$((t1-t0)) -v a=$((a1-a0)) -v p=$((p1-p0)) -v n=$n -v hz=$HZ 'BEGIN{printf "%.2f ms JVM (%.2f with the JIT) + %.2f ms PostgreSQL CPU a request", 1000*d/hz/n, 1000*a/hz/n, 1000*p/hz/n}')$q"
}
for p in ${PAGES:-/indicators/1?month=2016-11}; do
  CURL_ARGS=(-H "Cookie: SESSION=$SESSION" "$BASE$p")
  measure "page $p" "${CURL_ARGS[@]}"
done
[ -n "${ONLY_PAGES:-}" ] && exit 0
CURL_ARGS=(-H "Authorization: Bearer $TOKEN" "$BASE/api/v1/indicators/1?month=2016-11")
measure "api /api/v1/indicators/1" "${CURL_ARGS[@]}"
CURL_ARGS=("$BASE/actuator/health")
measure "health" "${CURL_ARGS[@]}"
CURL_ARGS=("$BASE/login")
measure "login page" "${CURL_ARGS[@]}"
