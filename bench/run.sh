#!/usr/bin/env bash
# Builds the mock, starts it on the benchmark fixture and a raw Vert.x baseline, drives both with wrk
# on loopback and prints one table. Usage: bench/run.sh   (see bench/README.md for the knobs)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-5}        # seconds per measured run
JIT_WARMUP=${BENCH_JIT_WARMUP:-6}    # seconds per scenario, once per server, before anything is measured
CONNECTIONS=${BENCH_CONNECTIONS:-16}
MEMBERS=${BENCH_MEMBERS:-100000}
RSS_REQUESTS=${BENCH_RSS_REQUESTS:-1000000}
RUNS=${BENCH_RUNS:-3}                # measured runs per scenario; the table shows their medians
UNMEASURED=${BENCH_UNMEASURED:-1}    # runs done the same way before them, so the JIT has seen the whole procedure
# The heap settings the README recommends for CI; the same for the baseline and the mock.
JVM_OPTS=${BENCH_JVM_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m}
SERVER_CPU=${BENCH_SERVER_CPU:-0}    # the server and wrk get a core each
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}

if ! command -v wrk >/dev/null; then
  echo "wrk not found: installing it from Debian's packages" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

echo "Building the mock…" >&2
mvn -B -q -DskipTests package -pl mock-server -am
JAR=mock-server/target/kaiten-mock-server.jar

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

java bench/BenchFixture.java "$WORK/bench.json" "$MEMBERS"
CLK_TCK=$(getconf CLK_TCK)

# Starts a server in the background, pinned to its core unless PIN=no; sets SERVER_PID and
# SERVER_PORT once it listens.
start_server() { # name, command...
  local name=$1; shift
  local out="$WORK/$name.out"
  if [ "${PIN:-yes}" = yes ]; then set -- taskset -c "$SERVER_CPU" "$@"; fi
  "$@" >"$out" 2>"$WORK/$name.err" &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  for _ in $(seq 1 600); do
    SERVER_PORT=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$out" 2>/dev/null | head -1 | sed 's/.*://') || true
    [ -n "${SERVER_PORT:-}" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/$name.err" >&2; exit 1; }
    sleep 0.05
  done
  echo "$name did not start" >&2; exit 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Runs wrk with a scenario script plus the shared report; prints "rps p50 p99 requests non2xx".
drive() { # script, port, seconds
  cat "bench/$1" bench/report.lua >"$WORK/script.lua"
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$3"s -s "$WORK/script.lua" "http://127.0.0.1:$2" \
    | grep '^RESULT' | sed 's/RESULT //'
}

reset_mock() { curl -s -o /dev/null -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$1/__admin/reset"; }

# Median of numbers, one per line.
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# Measures one scenario RUNS times after UNMEASURED runs done the same way (a reset state included, so
# the JIT has seen the scenario's whole procedure). Each measured run is followed by a run of the
# baseline (the raw server's DELETE, on BASE_PORT) as long, so that each ratio compares two runs a few
# seconds apart: on a shared machine the speed of the same server drifts by half within an hour.
# Prints the medians of: rps p50 p99 cpu_us non2xx rps/baseline p99/baseline baseline_rps.
measure() { # script, port, pid, reset(yes|no), seconds
  local results="$WORK/runs.txt"
  : >"$results"
  local run before after rps p50 p99 requests non2xx base_rps base_p99
  for run in $(seq 1 $(( UNMEASURED + RUNS ))); do
    [ "$4" = yes ] && reset_mock "$2"
    before=$(cpu_ticks "$3")
    read -r rps p50 p99 requests non2xx < <(drive "$1" "$2" "${5:-$DURATION}")
    after=$(cpu_ticks "$3")
    if [ "$run" -gt "$UNMEASURED" ]; then
      read -r base_rps _ base_p99 _ _ < <(drive delete-raw.lua "$BASE_PORT" "${5:-$DURATION}")
      echo "$rps $p50 $p99 $(( (after - before) * 1000000 / CLK_TCK / (requests > 0 ? requests : 1) )) $non2xx" \
        "$(awk -v a="$rps" -v b="$base_rps" 'BEGIN {printf "%.4f", a / b}')" \
        "$(awk -v a="$p99" -v b="$base_p99" 'BEGIN {printf "%.4f", a / b}')" "$base_rps" >>"$results"
      echo "$base_rps" >>"$WORK/baseline-runs.txt"
    fi
  done
  local column
  for column in 1 2 3 4 5 6 7 8; do awk -v c=$column '{print $c}' "$results" | median; done | xargs
}

# label | script | reset the state first | seconds (the DELETE stops once it removed every member of
# "big", about a second; 2 s is its limit, and it counts only the time it ran)
SCENARIOS=("DELETE distinct members|delete-distinct.lua|yes|2" "add + remove cycle|add-remove.lua|yes|"
  "401 unknown token|unauthorized.lua|no|" "Prefer: code=200|prefer.lua|no|"
  "GET 100-member group|list-hundred.lua|no|"
  "GET groups (listGroups)|list-groups.lua|no|" "GET group (getGroup)|get-group.lua|no|"
  "PATCH group (updateGroup)|update-group.lua|yes|" "create + remove group|create-remove-group.lua|yes|"
  "GET 10 admins (listGroupAdmins)|list-admins.lua|no|" "add + remove admin|add-remove-admin.lua|yes|"
  "GET current user|current-user.lua|no|" "GET 100 users (listUsers)|list-users.lua|no|")
SCRIPTS=()
for scenario in "${SCENARIOS[@]}"; do IFS='|' read -r _ script _ _ <<<"$scenario"; SCRIPTS+=("$script"); done

# The JIT needs several seconds of traffic on every path before a run says anything about them. The
# DELETE removes every member of "big" in about a second, so it warms up from a reset state, repeatedly.
warm_up() { # port, scripts...
  local port=$1; shift
  for script in "$@"; do
    if [ "$script" = delete-distinct.lua ]; then
      for _ in $(seq 1 $(( (JIT_WARMUP + 1) / 2 ))); do reset_mock "$port"; drive "$script" "$port" 2 >/dev/null; done
    else
      drive "$script" "$port" "$JIT_WARMUP" >/dev/null
    fi
  done
}

ROWS=()
# label, strict, then what measure prints, as one table row
row() { # label, strict, rps p50 p99 cpu non2xx ratio p99ratio
  ROWS+=("$1|$2|$3|$4|$5|$6|$7|$8|$9")
}
echo "Raw Vert.x baseline…" >&2
start_server raw java $JVM_OPTS -cp "$JAR" bench/RawVertxServer.java 0
BASE_PORT=$SERVER_PORT
BASE_PID=$SERVER_PID
warm_up "$BASE_PORT" delete-raw.lua delete-raw.lua
# Its own ratio is how far two runs of the same server a few seconds apart differ.
read -r rps p50 p99 cpu non2xx ratio p99ratio _ < <(measure delete-raw.lua "$BASE_PORT" "$BASE_PID" no "")
row "raw Vert.x DELETE (fixed 475 B)" - "$rps" "$p50" "$p99" "$cpu" "$non2xx" "$ratio" "$p99ratio"
# Not the baseline: how fast the same server sends a 100-user list's bytes (47.6 KB) and nothing else.
warm_up "$BASE_PORT" list-hundred.lua
read -r rps p50 p99 cpu non2xx ratio p99ratio _ < <(measure list-hundred.lua "$BASE_PORT" "$BASE_PID" no "")
row "raw Vert.x GET (fixed 47.6 KB)" - "$rps" "$p50" "$p99" "$cpu" "$non2xx" "$ratio" "$p99ratio"
# Nor this: the bytes of a page of 100 users (79.3 KB), whose rows are longer than a member list's.
warm_up "$BASE_PORT" list-users.lua
read -r rps p50 p99 cpu non2xx ratio p99ratio _ < <(measure list-users.lua "$BASE_PORT" "$BASE_PID" no "")
row "raw Vert.x GET (fixed 79.3 KB)" - "$rps" "$p50" "$p99" "$cpu" "$non2xx" "$ratio" "$p99ratio"

# The raw server stays up on the same core, idle while the mock runs, for the baseline runs.
for strict in strict no-strict; do
  echo "Mock, --$strict…" >&2
  start_server "mock-$strict" java $JVM_OPTS -jar "$JAR" --port 0 --fixture "$WORK/bench.json" "--$strict"
  warm_up "$SERVER_PORT" "${SCRIPTS[@]}"
  for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r label script reset seconds <<<"$scenario"
    read -r rps p50 p99 cpu non2xx ratio p99ratio _ < <(BENCH_MEMBERS=$MEMBERS measure "$script" "$SERVER_PORT" "$SERVER_PID" "$reset" "$seconds")
    row "$label" "${strict/no-strict/off}" "$rps" "$p50" "$p99" "$cpu" "$non2xx" "$ratio" "$p99ratio"
  done
  stop_server
done
SERVER_PID=$BASE_PID
stop_server

# One start from process start to the first 200 answer, in ms.
start_to_first_200() { # token, path, command...
  local token=$1 path=$2 begin
  shift 2
  begin=$(date +%s%N)
  PIN=no start_server start "$@"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$SERVER_PORT/api/latest$path")" = 200 ]; do sleep 0.01; done
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
  stop_server
}

# The raw baseline compiled beforehand: launching a source file would add javac's time.
mkdir -p "$WORK/classes"
javac -cp "$JAR" -d "$WORK/classes" bench/RawVertxServer.java bench/ColdStart.java
printf '<configuration><root level="WARN"/></configuration>\n' >"$WORK/logback.xml"

# Five rounds, each starting the four kinds one after the other, so that a slow minute hits them all.
# The demo fixture as the README starts it, with the class-data sharing archive the build writes beside
# the jar; the same without it; the bench fixture; the raw server (no archive: a bare server as one
# writes it).
echo "Start to first 200 (5 rounds)…" >&2
ARCHIVE="-XX:SharedArchiveFile=${JAR%.jar}.jsa"
: >"$WORK/starts.txt"
for _ in 1 2 3 4 5; do
  echo "demo $(start_to_first_200 demo-admin-token /groups/developers/users \
    java $JVM_OPTS "$ARCHIVE" -jar "$JAR" --port 0 --fixture demo)" >>"$WORK/starts.txt"
  echo "plain $(start_to_first_200 demo-admin-token /groups/developers/users \
    java $JVM_OPTS -jar "$JAR" --port 0 --fixture demo)" >>"$WORK/starts.txt"
  echo "bench $(start_to_first_200 bench-token /groups/hundred/users \
    java $JVM_OPTS "$ARCHIVE" -jar "$JAR" --port 0 --fixture "$WORK/bench.json")" >>"$WORK/starts.txt"
  echo "raw $(start_to_first_200 none /groups/hundred/users \
    java $JVM_OPTS -cp "$JAR:$WORK/classes" RawVertxServer 0)" >>"$WORK/starts.txt"
done
starts_of() { # kind; prints "median [all]"
  local all
  all=$(awk -v k="$1" '$1 == k {print $2}' "$WORK/starts.txt" | xargs)
  echo "$(tr ' ' '\n' <<<"$all" | median) [$all]"
}
START_DEMO=$(starts_of demo)
START_DEMO_PLAIN=$(starts_of plain)
START_BENCH=$(starts_of bench)
START_RAW=$(starts_of raw)

# In process, as a test meets it: a cold JVM starts a server and asks it once (ColdStart.java);
# the two kinds alternate so that a noisy moment hits both. Logging at WARN, as in a test's setup.
echo "In-process cold start (7 runs each)…" >&2
cold_start() { # kinds...
  local kind
  for _ in 1 2 3 4 5 6 7; do
    for kind in "$@"; do
      java $JVM_OPTS -Dlogback.configurationFile="$WORK/logback.xml" -cp "$JAR:$WORK/classes" ColdStart "$kind" \
        | awk '/^COLD/ {print $2, $3}'
    done
  done >"$WORK/cold.txt"
}
cold_start raw mock
COLD_RAW=$(awk '$1 == "raw" {print $2}' "$WORK/cold.txt" | median)
COLD_MOCK=$(awk '$1 == "mock" {print $2}' "$WORK/cold.txt" | median)

# Peak RSS (VmHWM, MB) of the mock on the bench fixture after RSS_REQUESTS add/remove requests.
peak_rss() { # JVM options
  start_server rss java $1 -jar "$JAR" --port 0 --fixture "$WORK/bench.json"
  local sent=0 requests
  while [ "$sent" -lt "$RSS_REQUESTS" ]; do
    read -r _ _ _ requests _ < <(drive add-remove.lua "$SERVER_PORT" 10)
    sent=$(( sent + requests ))
  done
  echo "$(( $(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status") / 1024 )) MB after $sent requests"
  stop_server
}

echo "Peak RSS over $RSS_REQUESTS requests…" >&2
RSS_RECOMMENDED=$(peak_rss "$JVM_OPTS")
RSS_DEFAULT=$(peak_rss "")

echo
echo "Kaiten mock benchmark — $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(java -version 2>&1 | head -1)"
echo "wrk: 1 thread, $CONNECTIONS connections; median of $RUNS runs of ${DURATION}s (DELETE: until all ${MEMBERS} members are removed, each from a reset state), after $UNMEASURED unmeasured run(s) and ${JIT_WARMUP}s of every scenario once per server"
echo "each measured run followed by a run of the raw DELETE as long; % of raw and p99/raw are the medians of the runs' ratios to those"
echo "server and wrk pinned to a core each; JVM options for both servers: ${JVM_OPTS:-none}"
echo
printf '| %-32s | %-6s | %9s | %8s | %8s | %12s | %9s | %8s | %8s |\n' scenario strict "req/s" "p50 µs" "p99 µs" "CPU µs/req" "non-2xx" "% of raw" "p99/raw"
printf '|%s|\n' "----------------------------------|--------|-----------|----------|----------|--------------|-----------|----------|---------"
for line in "${ROWS[@]}"; do
  IFS='|' read -r label strict rps p50 p99 cpu non2xx ratio p99ratio <<<"$line"
  pct=$(awk -v a="$ratio" 'BEGIN {printf "%.0f%%", 100 * a}')
  ratio=$(awk -v a="$p99ratio" 'BEGIN {printf "%.1f×", a}')
  printf '| %-32s | %-6s | %9.0f | %8s | %8s | %12s | %9s | %8s | %8s |\n' "$label" "$strict" "$rps" "$p50" "$p99" "$cpu" "$non2xx" "$pct" "$ratio"
done
echo
echo "Baseline runs paired with the rows, req/s: median $(median <"$WORK/baseline-runs.txt"), from $(sort -n "$WORK/baseline-runs.txt" | head -1) to $(sort -n "$WORK/baseline-runs.txt" | tail -1) ($(wc -l <"$WORK/baseline-runs.txt") runs)"
echo "Start to first 200, median of 5 rounds (ms): demo fixture ${START_DEMO}; the same without the startup archive ${START_DEMO_PLAIN}; bench fixture (${MEMBERS} members) ${START_BENCH}; raw Vert.x ${START_RAW}"
echo "CLI start to first 200 / raw: $(awk -v a="${START_DEMO%% *}" -v b="${START_RAW%% *}" 'BEGIN {printf "%.2f×", a / b}') (demo fixture, as the README starts it); $(awk -v a="${START_DEMO_PLAIN%% *}" -v b="${START_RAW%% *}" 'BEGIN {printf "%.2f×", a / b}') without the startup archive"
echo "In-process cold start to first answer, median of 7 (ms): KaitenMockServer.start() ${COLD_MOCK}; raw Vert.x ${COLD_RAW}; ratio $(awk -v a="$COLD_MOCK" -v b="$COLD_RAW" 'BEGIN {printf "%.2f×", a / b}')"
echo "Peak RSS (VmHWM), bench fixture, add/remove requests, default journal of 10,000: ${RSS_RECOMMENDED} with '${JVM_OPTS}'; ${RSS_DEFAULT} with the JVM's default heap"
