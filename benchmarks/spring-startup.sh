#!/usr/bin/env bash
# What copydesk-spring-boot-starter adds to a Spring Boot 4 application's start-up: the same trivial web
# application (spring-startup/) on three class paths, started RUNS times each (default 12), alternately:
#   web         spring-boot-starter-web
#   validation  spring-boot-starter-web + spring-boot-starter-validation (what the Copydesk starter brings of Boot's)
#   copydesk    spring-boot-starter-web + copydesk-spring-boot-starter
# Prints the medians of JVM start to started context (Tomcat listening) and of the whole process.
#
#   benchmarks/spring-startup.sh            # RUNS=12
#   M2=/work/m2-me benchmarks/spring-startup.sh   # another local repository
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-12}
lock=${COPYDESK_LOCK:-/tmp/copydesk-mvn.lock}
repo=()
if [ -n "${M2:-}" ]; then repo=(-Dmaven.repo.local="$M2"); fi
locked() {
    if command -v flock >/dev/null; then flock "$lock" "$@"; else "$@"; fi
}

locked ./mvnw -B -q "${repo[@]}" -pl spring-boot-starter -am install -DskipTests -Dmaven.javadoc.skip=true
app=benchmarks/spring-startup
for variant in web validation copydesk; do
    locked ./mvnw -B -q "${repo[@]}" -f $app/pom.xml -P$variant compile dependency:build-classpath \
        -Dmdep.outputFile=target/classpath-$variant.txt -Dmdep.includeScope=runtime
done
main=io.github.copydesk.benchmarks.startup.StartupApplication

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java -version 2>&1 | head -n 1
out=$app/target/startup.txt
: > "$out"
run() { # variant
    local t0 t1 line
    t0=$(date +%s%N)
    line=$(java -cp "$app/target/classes:$(cat $app/target/classpath-$1.txt)" "$main")
    t1=$(date +%s%N)
    echo "$1 $line $(( (t1 - t0) / 1000000 ))" >> "$out"
}
locked bash -c "$(declare -f run); out=$out app=$app main=$main; for i in \$(seq $runs); do run web; run validation; run copydesk; done"

python3 - "$out" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def med(v, col):
    return round(statistics.median(int(r[col]) for r in rows if r[0] == v))
for v in ("web", "validation", "copydesk"):
    n = sum(1 for r in rows if r[0] == v)
    beans = {r[2] for r in rows if r[0] == v}
    print(f"{v:10} runs={n} beans={','.join(sorted(beans))} started median={med(v, 1):5d} ms  process median={med(v, 3):5d} ms")
for v in ("validation", "copydesk"):
    print(f"{v} - web: started {med(v, 1) - med('web', 1):+d} ms ({med(v, 1) / med('web', 1):.2f}x), process {med(v, 3) - med('web', 3):+d} ms")
print(f"copydesk - validation: started {med('copydesk', 1) - med('validation', 1):+d} ms, process {med('copydesk', 3) - med('validation', 3):+d} ms")
PY
