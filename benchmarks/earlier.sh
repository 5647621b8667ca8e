#!/usr/bin/env bash
# Benchmarks the current reader and writer against those of an earlier commit, side by side in one
# JMH run (EarlierBuildBenchmark). Usage, from the repository root: benchmarks/earlier.sh COMMIT [JMH options]
# Builds COMMIT's core and jsonld jars in a temporary worktree, the current benchmarks jar, and runs.
set -euo pipefail
commit="${1:?usage: benchmarks/earlier.sh COMMIT [JMH options]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(mktemp -d)/earlier"
git -C "$root" worktree add -q --detach "$tree" "$commit"
trap 'git -C "$root" worktree remove --force "$tree"' EXIT
(cd "$tree" && ./mvnw -B -q -pl jsonld -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dcopydesk.shared="$root/../shared")
jars="$(ls "$tree"/core/target/copydesk-core-*-SNAPSHOT.jar | grep -v -e sources -e javadoc):$(ls "$tree"/jsonld/target/copydesk-jsonld-*-SNAPSHOT.jar | grep -v -e sources -e javadoc)"
(cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true)
cd "$root"
java -Dcopydesk.earlier.jars="$jars" -jar benchmarks/target/benchmarks.jar 'earlier.EarlierBuildBenchmark' \
    -jvmArgs "-Dcopydesk.earlier.jars=$jars" "$@"
