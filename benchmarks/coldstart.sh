#!/usr/bin/env bash
# Cold start: a new JVM from main to the first validation report on the seed story, Copydesk's
# ArticleValidator (no EL on the class path, no XML scan) against a plain
# Validation.buildDefaultValidatorFactory() (with Expressly, the EL implementation it needs),
# run alternately, RUNS times each (default 15), medians. Then one run of each with -verbose:class,
# counting the Expression Language and XML-parsing classes loaded. The bean-* modes are the floor:
# the same two bootstraps validating a one-constraint record instead of the seed article.
#
#   benchmarks/coldstart.sh            # RUNS=15
#   RUNS=31 benchmarks/coldstart.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}
lock=${COPYDESK_LOCK:-/tmp/copydesk-mvn.lock}
locked() {
    if command -v flock >/dev/null; then flock "$lock" "$@"; else "$@"; fi
}

locked ./mvnw -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip=true \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
locked ./mvnw -B -q -pl benchmarks dependency:copy -Dmdep.useBaseVersion=true -DoutputDirectory=target/el \
    -Dartifact=org.glassfish.expressly:expressly:6.0.0
locked ./mvnw -B -q -pl benchmarks dependency:copy -DoutputDirectory=target/el \
    -Dartifact=jakarta.el:jakarta.el-api:6.0.1

base="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
if tr ':' '\n' <<<"$base" | grep -qiE 'expressly|jakarta\.el'; then
    echo "Copydesk's class path must not hold an EL implementation" >&2
    exit 1
fi
copydesk_cp="$base"
plain_cp="$base:$(ls benchmarks/target/el/*.jar | tr '\n' ':')"
main=io.github.copydesk.benchmarks.coldstart.ColdStart

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java -version 2>&1 | head -n 1
out=benchmarks/target/coldstart.txt
: > "$out"
run() { # mode classpath
    local t0 t1 line
    t0=$(date +%s%N)
    line=$(java -Xshare:auto -cp "$2" "$main" "$1" 2>/dev/null)
    t1=$(date +%s%N)
    echo "$line $(( t1 - t0 ))" >> "$out"
}
locked bash -c "$(declare -f run); out=$out main=$main; for i in \$(seq $runs); do run copydesk '$copydesk_cp'; run plain '$plain_cp'; run bean-copydesk '$copydesk_cp'; run bean-plain '$plain_cp'; done"

python3 - "$out" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def med(mode, col):
    return statistics.median(int(r[col]) for r in rows if r[0] == mode) / 1e6
for mode in ("copydesk", "plain", "bean-copydesk", "bean-plain"):
    n = sum(1 for r in rows if r[0] == mode)
    findings = {r[1] for r in rows if r[0] == mode}
    print(f"{mode:13} runs={n} findings={','.join(sorted(findings))} main-to-report median={med(mode, 2):7.1f} ms  whole process median={med(mode, 3):7.1f} ms")
for a, b in (("copydesk", "plain"), ("bean-copydesk", "bean-plain")):
    print(f"ratio {a}/{b}: main-to-report {med(a, 2) / med(b, 2):.2f}, whole process {med(a, 3) / med(b, 3):.2f}")
PY

count() { # mode classpath
    java -verbose:class -cp "$2" "$main" "$1" 2>/dev/null \
        | grep -E '^\[[0-9.]+s\]\[info\]\[class,load\]|^\[Loaded' > "benchmarks/target/classes-$1.txt" || true
    local total el xml
    total=$(wc -l < "benchmarks/target/classes-$1.txt")
    el=$(grep -cE ' (jakarta\.el|org\.glassfish\.expressly|com\.sun\.el)\.' "benchmarks/target/classes-$1.txt" || true)
    xml=$(grep -cE ' (javax\.xml|org\.xml\.sax|org\.w3c\.dom|com\.sun\.org\.apache\.xerces|jdk\.xml|javax\.xml\.stream)\.' "benchmarks/target/classes-$1.txt" || true)
    echo "$1: $total classes loaded, $el Expression Language classes, $xml XML-parsing classes"
}
count copydesk "$copydesk_cp"
count plain "$plain_cp"
