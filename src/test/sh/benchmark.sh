#!/usr/bin/env bash
# The scale benchmark (README, "Performance"): builds target/smm.jar, starts it on a throwaway
# PostgreSQL server (or, with --h2, the embedded H2 file database), generates N schools with
# complete answers, imports them through the staff API, publishes a benchmark release, then
# measures every figure beside its floor in one run and prints the table.
#
#   bash src/test/sh/benchmark.sh [N] [--h2]        N defaults to 10000
#
# Environment: SMM_BENCH_PORT (8771; the bare Payara and the stack floor use the next port,
# PostgreSQL +700), SMM_BENCH_XMX (1g), SMM_BENCH_USERS (100), SMM_BENCH_SECONDS (60),
# SMM_BENCH_JFR (set: the measured application records a Java Flight Recording,
# target/benchmark/app.jfr, and the script prints its hottest methods). Everything it makes stays
# under target/benchmark (the table in target/benchmark/result.md); it stops what it started.
set -euo pipefail

n="${1:-10000}"
database=postgresql
[ "${2:-}" = "--h2" ] && database=h2
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
port="${SMM_BENCH_PORT:-8771}"
bare_port=$((port + 1))
pg_port=$((port + 700))
xmx="${SMM_BENCH_XMX:-1g}"
users="${SMM_BENCH_USERS:-100}"
seconds="${SMM_BENCH_SECONDS:-60}"
work="$root/target/benchmark"
base="http://127.0.0.1:$port"
staff="staff@smm.example.org:demo-staff-2026"
app_pid=""
bare_pid=""

log() { echo "[benchmark $(date +%T)] $*" >&2; }

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$bare_pid" ] && kill "$bare_pid" 2>/dev/null && wait "$bare_pid" 2>/dev/null || true
  [ "$database" = postgresql ] && bash src/test/sh/test-services.sh down "$work/pg" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# Seconds from the launch of a process until $2 answers 200.
wait_for() {
  local started=$1 url=$2
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
      awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'
      return 0
    fi
    sleep 0.1
  done
  log "no answer from $url"; exit 1
}

# Starts smm.jar; sets app_pid and start_seconds (launch to the first 200 of the landing page).
start_app() {
  local started
  started=$(date +%s%N)
  SMM_HTTP_PORT=$port SMM_DEMO_PEERS=false SMM_DATA_DIR="$work/h2" \
    java "-Xmx$xmx" -Djava.io.tmpdir="$work/tmp" ${jfr:+"$jfr"} -jar target/smm.jar >>"$work/app.log" 2>&1 &
  app_pid=$!
  start_seconds=$(wait_for "$started" "$base/")
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

log "building target/smm.jar and the test classes"
rm -rf "$work"; mkdir -p "$work/tmp" "$work/empty"
mvn -q -DskipTests package
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp="$root/target/test-classes:$root/target/classes:$(cat "$work/cp.txt")"
echo '<!DOCTYPE html><title>empty</title>' >"$work/empty/index.html"
(cd "$work/empty" && jar cf ../ROOT.war index.html)
# The stack floor (src/test/stack-floor/README.md): the fixed stack's skeleton, packed as our war.
floor="$work/floor/war"
mkdir -p "$floor/WEB-INF/classes/META-INF" "$floor/WEB-INF/lib"
javac -nowarn -d "$floor/WEB-INF/classes" -cp "$cp" src/test/stack-floor/floor/*.java
cp src/test/stack-floor/index.xhtml "$floor/"
cp src/test/stack-floor/WEB-INF/web.xml src/main/webapp/WEB-INF/glassfish-web.xml "$floor/WEB-INF/"
cp src/test/stack-floor/META-INF/persistence.xml "$floor/WEB-INF/classes/META-INF/"
tr ':' '\n' <<<"$cp" | grep -E '/(primefaces-[^/]*-jakarta|h2-[^/]*)\.jar$' | xargs -I{} cp {} "$floor/WEB-INF/lib/"
(cd "$floor" && jar cf ../ROOT.war .)

if [ "$database" = postgresql ]; then
  bash src/test/sh/test-services.sh up "$work/pg" "$pg_port" >&2
  export SMM_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/smm_it" SMM_DB_USER=smm SMM_DB_PASSWORD=smm
fi

log "first start (empty database: migrations, demo schools and accounts)"
start_app
cycle=$(curl -s -u "$staff" "$base/api/cycles" | grep -o '"year":[0-9]*' | head -n 1 | cut -d: -f2)

log "generating $n schools with complete answers of cycle $cycle"
java -cp "$cp" org.socialmission.metrics.perf.BenchmarkData "$n" "$cycle" "$work/data" >&2
rows=$(($(wc -l <"$work/data/answers.csv") - 1))

import() {
  local kind=$1 out
  out=$(curl -s -u "$staff" -H 'Content-Type: text/csv' --data-binary "@$work/data/$kind.csv" \
    -w ' %{time_total}' "$base/api/import/$kind")
  echo "$out" | grep -q '"valid":true' || { log "import of $kind failed: ${out:0:500}"; exit 1; }
  echo "${out##* }"
}
log "importing $n schools"
import_schools=$(import schools)
log "importing $rows answers"
import_answers=$(import answers)
log "imports: schools ${import_schools}s, answers ${import_answers}s"
curl -s -u "$staff" -X POST "$base/api/cycles/$cycle/releases" -o /dev/null -w '%{http_code}\n' | grep -q 201 \
  || { log "publishing a release failed"; exit 1; }
log "adding $users schools with a dean each for the concurrent users"
java -cp "$cp" org.socialmission.metrics.perf.Benchmark setup "$base" "$users" "$work/users.csv"
stop_app

# The median of three rounds, one start at a time: a bare Payara Micro with an empty war (as
# Payara Micro starts by default, with its data grid; then without it, as smm.jar starts), the
# stack floor (without the data grid) and then the application on the populated database. A
# single start moved by 15 % between runs. The application of the last round stays up for the
# measurements.
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
# Starts a Payara Micro with this war ($1) and these options, stops it once $2 answers 200; sets
# payara_seconds. Runs in this shell (not in a command substitution), so that cleanup knows its
# process if the script is interrupted.
payara_start() {
  local war=$1 path=$2 started
  shift 2
  started=$(date +%s%N)
  java "-Xmx$xmx" -Djava.io.tmpdir="$work/tmp" -jar target/payara-micro.jar "$@" \
    --port "$bare_port" --deploy "$war" >"$work/bare.log" 2>&1 &
  bare_pid=$!
  payara_seconds=$(wait_for "$started" "http://127.0.0.1:$bare_port$path") || payara_seconds=""
  kill "$bare_pid"; wait "$bare_pid" 2>/dev/null || true; bare_pid=""
  [ -n "$payara_seconds" ] || { log "Payara Micro with $war did not start: $work/bare.log"; exit 1; }
}
log "start-up on the populated database beside a bare Payara Micro and the stack floor, three rounds"
app_starts=()
bare_starts=()
gridless_starts=()
floor_starts=()
for round in 1 2 3; do
  payara_start "$work/ROOT.war" /index.html --nocluster
  bare_starts+=("$payara_seconds")
  payara_start "$work/ROOT.war" /index.html --nohazelcast
  gridless_starts+=("$payara_seconds")
  SMM_FLOOR_DB="$work/floor/db/floor" payara_start "$work/floor/ROOT.war" / --nohazelcast
  floor_starts+=("$payara_seconds")
  [ "$round" = 3 ] && [ -n "${SMM_BENCH_JFR:-}" ] \
    && jfr="-XX:StartFlightRecording=filename=$work/app.jfr,settings=profile,dumponexit=true"
  start_app
  app_starts+=("$start_seconds")
  [ "$round" = 3 ] || stop_app
done
start_app_s=$(median "${app_starts[@]}")
bare_s=$(median "${bare_starts[@]}")
floor_s=$(median "${floor_starts[@]}")
starts="application ${app_starts[*]} s, bare Payara ${bare_starts[*]} s"
starts+=", bare Payara without its data grid ${gridless_starts[*]} s (median $(median "${gridless_starts[@]}"))"
starts+=", stack floor ${floor_starts[*]} s"
log "start to first page: $starts"

log "measuring ($users users, ${seconds}s)"
java -Xmx1g -cp "$cp" \
  -Dbench.n="$n" -Dbench.import.schools="${import_schools}s" -Dbench.import.answers="${import_answers}s" \
  -Dbench.import.rows="$rows" -Dbench.start.app="$start_app_s" -Dbench.start.bare="$bare_s" \
  -Dbench.start.floor="$floor_s" -Dbench.starts="$starts (medians in the table)" \
  -Dbench.xmx="$xmx" -Dbench.database="$database" -Dbench.date="$(date -u +%F)" \
  -Dbench.machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)" \
  org.socialmission.metrics.perf.Benchmark measure "$base" "$cycle" "$work/users.csv" "$seconds" "$work/result.md"

jcmd "$app_pid" GC.run >/dev/null
heap=$(jcmd "$app_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1)
echo "- heap after the run and a full GC: $heap of -Xmx$xmx" | tee -a "$work/result.md"
stop_app
if [ -n "${SMM_BENCH_JFR:-}" ]; then
  # Per execution sample: its top frame, and the innermost frame of our own code on its stack.
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/app.jfr" | awk '
    /stackTrace = \[/ { inside = 1; top = ""; ours = ""; next }
    inside && /^[ \t]*\]/ { inside = 0; tops[top]++; if (ours != "") own[ours]++; total++; next }
    inside { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f)
             if (top == "") top = f
             if (ours == "" && f ~ /^org\.socialmission\./) ours = f }
    END {
      printf "- JFR: %d execution samples of the measured application; top frames:\n", total
      for (m in tops) printf "%6d %5.1f%% %s\n", tops[m], 100 * tops[m] / total, m | "sort -rn | head -n 15"
      close("sort -rn | head -n 15")
      print "- innermost frames of our own code:"
      for (m in own) printf "%6d %5.1f%% %s\n", own[m], 100 * own[m] / total, m | "sort -rn | head -n 15"
    }' | tee -a "$work/result.md"
fi
