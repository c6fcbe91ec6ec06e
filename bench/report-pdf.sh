#!/usr/bin/env bash
# Times the Monthly Performance Report's PDF of a report of many indicators, warm (see
# docs/benchmarks.md, "Monthly Performance Report PDF").
#
#   bench/report-pdf.sh              200 indicators, 5 warm-ups, 20 measured renders
#   bench/report-pdf.sh 200 5 20     the same, spelt out
#   JAVA_OPTS="-Xmx2g -Xlog:gc" bench/report-pdf.sh   other JVM flags than the server's
#
# The timing program and its fixture are the app's test classes (PdfReportTiming,
# SampleReports.ofSize), so the benchmark draws exactly what the tests draw; bench's JMH jar
# depends only on core and is not involved. One Maven run compiles core and app and writes the
# app's test class path, in which core is the reactor's fresh classes, not a jar from ~/.m2.
set -euo pipefail

cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl core,app test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

# shellcheck source=bench/machine.sh
source bench/machine.sh

# By default the JVM flags the server runs with (app/pom.xml, docs/operating.md); openhtmltopdf's
# INFO lines silenced.
echo "flags:   ${JAVA_OPTS:=-XX:+UseParallelGC -Xmx1g}"
# shellcheck disable=SC2086 # the flags are words
java $JAVA_OPTS \
  -Djava.util.logging.config.file=/dev/null \
  -cp "app/target/test-classes:app/target/classes:$(cat app/target/bench-classpath.txt)" \
  org.barometer.app.report.export.PdfReportTiming "$@"
echo "load after: $(uptime | sed 's/.*load average: //')"
