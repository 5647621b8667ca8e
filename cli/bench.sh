#!/usr/bin/env bash
# Lint throughput and peak memory of the built jar: copies the shared JSON-LD corpus into a temporary
# directory, repeated to N files (default 10,000), and times
#   java -Xmx256m -jar cli/target/copydesk.jar lint --format json DIR > /dev/null
# with /usr/bin/time -v (GNU time), RUNS times (default 3). Prints per run files/s (wall clock, JVM
# start included), peak resident memory and the most heap in use after a garbage collection; then the
# same for a tenth of the files, and both sizes with a small heap (-Xmx48m): flat memory shows as the
# same live heap for N/10 and N files, and as N files linted in a 48 MiB heap.
#
#   ./mvnw -B -pl cli -am package -DskipTests   # builds cli/target/copydesk.jar
#   cli/bench.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
RUNS=${2:-3}
JAR=cli/target/copydesk.jar
CORPUS=${COPYDESK_SHARED:-../shared}/corpus/jsonld
TIME=/usr/bin/time

[ -f "$JAR" ] || { echo "bench.sh: $JAR is missing; build it first: ./mvnw -B -pl cli -am package -DskipTests" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "bench.sh: the corpus $CORPUS is missing; set COPYDESK_SHARED to the shared data directory" >&2; exit 2; }
[ -x "$TIME" ] || { echo "bench.sh: GNU time is missing ($TIME); install it: apt-get install time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# DIR/n holds n files: the corpus's .jsonld files over and over, each copy under a new name
fill() {
  local dir=$1 n=$2 i=0
  mkdir -p "$dir"
  local files=("$CORPUS"/*.jsonld)
  while [ "$i" -lt "$n" ]; do
    for f in "${files[@]}"; do
      [ "$i" -lt "$n" ] || break
      cp "$f" "$dir/$(printf '%05d' "$i")-$(basename "$f")"
      i=$((i + 1))
    done
  done
}

# one timed run: prints files, heap, seconds, files/s, peak resident memory, the most heap in use
# after a garbage collection (the live data: flat when nothing of the run is held), and the exit status
run() {
  local dir=$1 heap=$2 n
  n=$(find "$dir" -type f | wc -l)
  local log="$work/time.log" gc="$work/gc.log"
  local status=0
  rm -f "$gc"
  "$TIME" -v java "$heap" "-Xlog:gc:file=$gc" -jar "$JAR" lint --format json "$dir" > /dev/null 2> "$log" || status=$?
  # lint exits 1 when it finds an ERROR (the corpus has some); anything else is a failure
  if [ "$status" -gt 1 ]; then
    echo "bench.sh: copydesk lint failed with status $status:" >&2
    cat "$log" >&2
    exit 1
  fi
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$log" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  # "... Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(48M) 3.1ms": the most after any collection
  live=$(grep -o '[0-9]*M->[0-9]*M' "$gc" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  awk -v n="$n" -v t="$wall" -v kb="$rss" -v heap="$heap" -v s="$status" -v live="${live:-?}" \
    'BEGIN { printf "%6d files  %-9s %6.2f s  %6.0f files/s  peak RSS %4.0f MiB  live heap after GC <= %s MiB  (exit %d)\n", n, heap, t, n / t, kb / 1024, live, s }'
}

fill "$work/small" $((N / 10))
fill "$work/large" "$N"

echo "copydesk lint --format json, corpus of $(ls "$CORPUS"/*.jsonld | wc -l) files repeated; $(nproc) cores; $(java -version 2>&1 | head -1)"
for _ in $(seq "$RUNS"); do run "$work/large" -Xmx256m; done
for _ in $(seq "$RUNS"); do run "$work/small" -Xmx256m; done
run "$work/small" -Xmx48m
run "$work/large" -Xmx48m
