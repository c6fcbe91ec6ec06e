#!/usr/bin/env bash
# Builds the benchmarks and runs them with the flags documented in docs/benchmarks.md.
#
#   bench/run.sh                      every benchmark
#   bench/run.sh CatalogueEvaluation  only the benchmarks matching a JMH pattern
#
# Results go to bench/results/<name>.json; the machine and its load are printed first, because
# the figures mean little without them.
set -euo pipefail

cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl core,bench -DskipTests package

# shellcheck source=bench/machine.sh
source bench/machine.sh

run() {
  local pattern=$1
  local forks=$2
  shift 2
  # -Xmx2g here and in each benchmark's @Fork: the whole catalogue must fit a 2 GB heap.
  java -Xmx2g -jar bench/target/benchmarks.jar "$pattern" -f "$forks" -wi 2 -i 5 -t 1 "$@"
}

patterns=("$@")
if [ ${#patterns[@]} -eq 0 ]; then
  patterns=(CatalogueEvaluation ExactPath SpcBenchmark)
fi
for pattern in "${patterns[@]}"; do
  name=$(echo "$pattern" | tr '[:upper:]' '[:lower:]')
  case "$pattern" in
    CatalogueEvaluation) run "$pattern" 1 -prof gc -rf json -rff "bench/results/$name.json" ;;
    # Two forks: a fork whose JIT compiled late on a busy machine shows as such beside the other.
    SpcBenchmark) run "$pattern" 2 -prof gc -rf json -rff "bench/results/spc.json" ;;
    *) run "$pattern" 1 -rf json -rff "bench/results/$name.json" ;;
  esac
done
echo "load after: $(uptime | sed 's/.*load average: //')"
