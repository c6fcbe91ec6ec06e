#!/usr/bin/env bash
# Measures the Monthly Performance Report (issue 6) for 204 indicators with figures from April
# 2006 to November 2016, served warm, under 16 concurrent clients:
#
#   1. the draft report page GET /reports/2016-11, signed in, each client with a session of its own;
#   2. the draft PDF GET /reports/2016-11/files/all.pdf, one at a time (median and max of 5 after a
#      warm-up), when there is a PDF writer;
#   3. after publishing November 2016, the edition's public page GET /public/reports/2016-11 (when
#      the public site is there) against nginx serving the same HTML as a static file, both with
#      wrk, one after the other, with the same connections and duration; and the published report
#      as staff see it.
#
# It starts Barometer from its jar on a fresh embedded database with the demo data (34 indicators,
# 28 of them with monthly figures from April 2012), reaches that database on a port of its own
# (barometer.embedded-database.port; user postgres with the password Barometer keeps in the data
# folder, as docs/operating.md says) and
# grows the register with bench/grow-register.sql: each figure repeated in the same calendar month
# of earlier years back to April 2006 (128 months), then every indicator copied COPIES times (5:
# 204 indicators, 168 of them with 128 monthly figures; the demo's 6 without figures stay so).
#
#   bench/report-benchmark.sh        (needs wrk, psql and nginx: apt-get install wrk
#                                     postgresql-client nginx-light)
#   COPIES=7 bench/report-benchmark.sh              (272 indicators, 224 with 128 figures)
#   JAR=/tmp/other.jar bench/report-benchmark.sh    (another build; by default it builds the jar)
#   JAVA_OPTS="-XX:+UseParallelGC -XX:StartFlightRecording=filename=/tmp/report.jfr,settings=profile,dumponexit=true" \
#     bench/report-benchmark.sh                     (the same, with a flight recording to profile)
#   ONLY=page bench/report-benchmark.sh             (only the draft page, no PDF, no publishing)
#   ROUNDS=3 (default)                              (nginx and the public page, in turn, 3 times)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18100}
PG_PORT=${PG_PORT:-18101}
NGINX_PORT=${NGINX_PORT:-18102}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-30s}
WARM=${WARM:-10s}
COPIES=${COPIES:-5}
MONTH=2016-11
BASE="http://localhost:$PORT"
PASSWORD="benchmark-admin-password"
DATA=$(mktemp -d)
THREADS=$(( CLIENTS < 2 ? 1 : 2 ))

for tool in wrk psql; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install wrk postgresql-client" >&2; exit 1; }
done
if [ -z "${JAR:-}" ]; then
  ./mvnw -B -ntp -q -pl app -am -DskipTests package
  JAR=app/target/barometer.jar
fi

APP=""; NGINX=""
stop() {
  [ -n "$NGINX" ] && kill "$NGINX" 2>/dev/null && wait "$NGINX" 2>/dev/null
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  rm -rf "$DATA"
}
trap stop EXIT
BAROMETER_DATA="$DATA" BAROMETER_ADMIN_PASSWORD="$PASSWORD" \
  java -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC} -jar "$JAR" --server.port="$PORT" \
  --barometer.embedded-database.port="$PG_PORT" > "$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  sleep 1
done

load() { cut -d' ' -f1-3 /proc/loadavg; }
# shellcheck source=bench/machine.sh
source bench/machine.sh
echo "flags:   -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC}"
echo "commit:  $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- app core || echo ' (with changes)')"

echo "== the register"
PGPASSWORD="$(cat "$DATA/postgres/barometer-password")" psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres \
  -v copies="$COPIES" -v history_from=2006-04-01 -f bench/grow-register.sql
sql() { PGPASSWORD="$(cat "$DATA/postgres/barometer-password")" psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }
echo "indicators: $(sql "select count(*) from indicator where retired_at is null");" \
  "with 120 or more approved monthly figures: $(sql "select count(*) from (select indicator_id
    from measurement where state = 'APPROVED' and frequency = 'MONTHLY' group by indicator_id
    having count(*) >= 120) m"); figures: $(sql "select count(*) from measurement")"

# Sign in, as the administrator (in the performance team).
J="$DATA/cookies"
csrf() { curl -s -c "$J" -b "$J" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$J" -b "$J" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
echo "/indicators lists $(curl -s -b "$J" "$BASE/indicators" | grep -o "href=\"/indicators/[^\"/?]*?month=" | sort -u | wc -l) indicators"
start=$(date +%s.%N)
curl -s -b "$J" -o "$DATA/report.html" "$BASE/reports/$MONTH"
echo "/reports/$MONTH, first (built cold): $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f s", e - s}'), $(wc -c < "$DATA/report.html") bytes, $(grep -o 'href="/indicators/[^"/?]*"' "$DATA/report.html" | sort -u | wc -l) indicators"

# One session per client, as 16 people would have.
for client in $(seq 1 "$CLIENTS"); do
  jar="$DATA/cookies-$client"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$jar" >> "$DATA/sessions"
done
export SESSIONS="$DATA/sessions"

run() {
  local script=$1 name=$2; shift 2
  wrk -t"$THREADS" -c"$CLIENTS" -d"$WARM" -s "$script" "$@" >/dev/null # warm up
  echo "== $name: $CLIENTS clients, $DURATION; load before $(load)"
  wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" -s "$script" "$@" | sed -n '/^requests/,$p'
  echo "load after $(load)"
}

# The JVM's CPU time a request, one client on a keep-alive connection, as cpu-per-request.sh does
# (without the JIT compilers' threads), with the embedded PostgreSQL's.
ticks() {
  for t in /proc/$APP/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in "C1 Compi"* | "C2 Compi"*) continue ;; esac
    sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12+$13}'
  done | awk '{s+=$1} END {print s}'
}
POSTMASTER=$(head -1 "$DATA/postgres/postmaster.pid")
pgticks() {
  { awk '{print $14+$15+$16+$17}' /proc/$POSTMASTER/stat
    for c in $(ps -o pid= --ppid "$POSTMASTER"); do awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || true; done
  } | awk '{s+=$1} END {print s}'
}
cpu() {
  local name=$1; shift
  wrk -t1 -c1 -d8s "$@" >/dev/null
  local t0 p0 n t1 p1
  t0=$(ticks); p0=$(pgticks)
  n=$(wrk -t1 -c1 -d10s "$@" | awk '/requests in/ {print $1}')
  t1=$(ticks); p1=$(pgticks)
  echo "== $name, CPU a request (1 client, 10 s, load before $(load)): $n requests," \
    "$(awk -v d=$((t1 - t0)) -v p=$((p1 - p0)) -v n="$n" -v hz="$(getconf CLK_TCK)" \
      'BEGIN {printf "%.2f ms JVM + %.2f ms PostgreSQL", 1000*d/hz/n, 1000*p/hz/n}')"
}

SESSION=$(head -1 "$SESSIONS")
run bench/sessions.lua "draft report page /reports/$MONTH" "$BASE/reports/$MONTH"
cpu "draft report page" -H "Cookie: SESSION=$SESSION" "$BASE/reports/$MONTH"
[ "${ONLY:-}" = page ] && exit 0

# The draft PDF, written afresh on each request: one at a time, after one to warm up.
pdf() { curl -s -o "$DATA/all.pdf" -w '%{http_code} %{content_type} %{time_total}' -H "Cookie: SESSION=$SESSION" "$BASE/reports/$MONTH/files/all.pdf"; }
if pdf | grep -q '^200 application/pdf'; then
  echo "== draft PDF /reports/$MONTH/files/all.pdf, 5 after a warm-up; load before $(load)"
  for _ in 1 2 3 4 5; do pdf | awk '{print $3}'; done | sort -n |
    awk '{t[NR] = $1} END {printf "median %.2f s, max %.2f s", t[3], t[5]}'
  echo ", $(wc -c < "$DATA/all.pdf") bytes"
else
  echo "== draft PDF: no PDF writer in this build ($(pdf | cut -d' ' -f1-2))"
fi

# Publish: an exception for every red indicator (those publishing is refused for), then publish.
echo "== publishing $MONTH"
curl -s -b "$J" -c "$J" -o "$DATA/refused.html" --data-urlencode "_csrf=$(csrf "/reports/$MONTH")" "$BASE/reports/$MONTH/publish"
grep -o 'href="#exception-[^"]*"' "$DATA/refused.html" | sed 's/.*exception-//;s/"//' > "$DATA/red"
echo "red without an exception: $(wc -l < "$DATA/red")"
sql "insert into report_exception (indicator_id, month, explanation, recovery_action, written_by, written_at)
     select id, date '$MONTH-01', 'Benchmark: what happened this month.', 'Benchmark: what is being done.',
            'admin', now()
     from indicator where code in ($(sed "s/.*/'&'/" "$DATA/red" | paste -sd,))" >/dev/null
start=$(date +%s.%N)
status=$(curl -s -b "$J" -c "$J" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "_csrf=$(csrf "/reports/$MONTH")" "$BASE/reports/$MONTH/publish")
echo "POST /reports/$MONTH/publish: $status in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f s", e - s}');" \
  "editions: $(sql "select count(*) from report_edition where month = date '$MONTH-01'")," \
  "files: $(sql "select count(*) || ' (' || pg_size_pretty(sum(length(content))) || ')' from report_edition_file")"

run bench/sessions.lua "published report page /reports/$MONTH (staff)" "$BASE/reports/$MONTH"

# The public page against nginx serving the same HTML as a static file.
code=$(curl -s -o "$DATA/public.html" -w '%{http_code}' "$BASE/public/reports/$MONTH")
if [ "$code" != 200 ]; then
  echo "== public page: GET /public/reports/$MONTH answers $code; not measured"
  exit 0
fi
echo "== public page: $(wc -c < "$DATA/public.html") bytes, $(grep -o 'href="/public/indicators/[^"/?]*"' "$DATA/public.html" | sort -u | wc -l) indicators linked"
command -v nginx >/dev/null || PATH=$PATH:/usr/sbin
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
mkdir -p "$DATA/nginx/www/public/reports" "$DATA/nginx/temp"
cp "$DATA/public.html" "$DATA/nginx/www/public/reports/$MONTH"
cat > "$DATA/nginx/nginx.conf" <<EOF
user $(id -un) $(id -gn);
worker_processes auto;
daemon off;
pid $DATA/nginx/nginx.pid;
error_log $DATA/nginx/error.log;
events {}
http {
  access_log off;
  sendfile on;
  default_type text/html;
  client_body_temp_path $DATA/nginx/temp/body;
  proxy_temp_path $DATA/nginx/temp/proxy;
  fastcgi_temp_path $DATA/nginx/temp/fastcgi;
  uwsgi_temp_path $DATA/nginx/temp/uwsgi;
  scgi_temp_path $DATA/nginx/temp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $DATA/nginx/www;
  }
}
EOF
nginx -c "$DATA/nginx/nginx.conf" -e "$DATA/nginx/error.log" &
NGINX=$!
for _ in $(seq 1 20); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/public/reports/$MONTH" && break; sleep 0.5; done
cmp -s "$DATA/public.html" <(curl -s "http://127.0.0.1:$NGINX_PORT/public/reports/$MONTH") ||
  { echo "nginx does not serve the same page" >&2; exit 1; }
echo "nginx: $(nginx -v 2>&1 | sed 's/.*: //'), $(pgrep -c -P "$NGINX") workers"
# ROUNDS pairs, the order swapped each round, so that a change in the machine's load during the
# run falls on both alike.
nginx_run() { run bench/p95.lua "nginx, the same HTML as a static file" "http://127.0.0.1:$NGINX_PORT/public/reports/$MONTH" | tee "$DATA/nginx.out"; }
barometer_run() { run bench/p95.lua "Barometer, public page /public/reports/$MONTH" "http://127.0.0.1:$PORT/public/reports/$MONTH" | tee "$DATA/barometer.out"; }
rate() { awk '/^throughput/ {print $2}' "$1"; }
for round in $(seq 1 "${ROUNDS:-3}"); do
  if [ $((round % 2)) = 1 ]; then nginx_run; barometer_run; else barometer_run; nginx_run; fi
  echo "round $round: Barometer / nginx: $(awk -v b="$(rate "$DATA/barometer.out")" -v n="$(rate "$DATA/nginx.out")" 'BEGIN {printf "%.2f", b / n}') (goal: at least 0.50)"
done
cpu "public page" "$BASE/public/reports/$MONTH"
