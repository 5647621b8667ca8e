#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the JMH benchmarks with the GC profiler (allocation
# per operation), then prints the ratios Copydesk/baseline and Copydesk/databind and the scaling.
#
#   benchmarks/run.sh                       # the writer benchmarks (about 11 minutes on 2 cores)
#   benchmarks/run.sh WriterBenchmark       # JMH arguments replace the default selection
#   benchmarks/run.sh WriterBenchmark -f 1 -wi 3 -i 3
#
# The Maven build and the run each hold the lock file ($COPYDESK_LOCK, default /tmp/copydesk-mvn.lock)
# so that no other build or test run on the machine disturbs the timing. Results: benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

lock=${COPYDESK_LOCK:-/tmp/copydesk-mvn.lock}
locked() {
    if command -v flock >/dev/null; then flock "$lock" "$@"; else "$@"; fi
}
out=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar

# -am: copydesk-examples (SeedStory) is never installed, so it is built in the same reactor
locked ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
mkdir -p "$out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java -version 2>&1 | head -n 3

if [ $# -eq 0 ]; then
    set -- 'io\.github\.copydesk\.benchmarks\.Writer'
fi
locked java -jar "$jar" "$@" -prof gc -rf json -rff "$out/results.json" 2>&1 | tee "$out/results.txt"

python3 benchmarks/ratios.py "$out/results.json" | tee "$out/ratios.md"
