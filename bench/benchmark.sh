#!/usr/bin/env bash
# Benchmarks incident-service on the embedded default (H2 files in a fresh temporary directory, profile demo,
# HTTP Basic) and prints one markdown table: start-up, RSS, the health baseline, reports and reads at 32
# connections, then verification and a projection replay over at least 100,000 events. Not a test: it asserts
# nothing, it measures. Tune with the variables below, e.g. `DURATION=5 EVENTS=5000 bench/benchmark.sh`.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILT_HERE=$ROOT/incident-service/target/incident-service-0.1.0-SNAPSHOT.jar
JAR=${JAR:-$BUILT_HERE}
PORT=${PORT:-18081}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-30}            # seconds of each load before it is measured: the JIT is still compiling at 10
DURATION=${DURATION:-20}        # seconds each load is measured
EVENTS=${EVENTS:-100000}        # events in the store before verification and replay are timed
PROJECTION=${PROJECTION:-timeline}
THREAD_DUMPS=${THREAD_DUMPS:-0} # jstack this many times during the measured reports, into the work directory
WORK=$(mktemp -d "${TMPDIR:-/tmp}/incident-bench.XXXXXX")
URL=http://localhost:$PORT

basic() { printf 'Basic %s' "$(printf '%s:demo' "$1" | base64)"; }
now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
met() { if awk "BEGIN { exit !($1) }"; then echo yes; else echo no; fi; }
seconds_since() { calc "$(now) - $1"; }
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }
fmt() { printf "%.${2:-0}f" "$1"; }

for tool in wrk jq; do
  if ! command -v "$tool" >/dev/null; then
    echo "Installing $tool (apt-get)" >&2
    apt-get install -y "$tool" >/dev/null
  fi
done
if [[ ! -f $JAR ]]; then
  echo "Building $JAR" >&2
  (cd "$ROOT" && AXONIQ_UPDATE_CHECKER_DISABLED=true mvn -q -B -pl incident-service -am package -DskipTests)
fi
if curl -s -o /dev/null "$URL"; then
  echo "Something already listens on port $PORT; set PORT" >&2
  exit 1
fi

PID=
stop_service() {
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK/data"
}
trap stop_service EXIT

# --- Start-up: process start to the first healthy /actuator/health --------------------------------------------
load_before=$(cut -d' ' -f1 /proc/loadavg) # other work on the machine skews every figure: the table says how much
cd "$WORK"
JAR=$JAR "$ROOT/bin/service" --prepare incident-service # started as run-demo.sh and the image start it
started=$(now)
JAR=$JAR "$ROOT/bin/service" incident-service --spring.profiles.active=demo --server.port="$PORT" >"$WORK/service.log" 2>&1 &
PID=$!
until curl -fs -o /dev/null "$URL/actuator/health"; do
  kill -0 "$PID" 2>/dev/null || { echo "The service exited; see $WORK/service.log" >&2; exit 1; }
  sleep 0.05
done
startup=$(seconds_since "$started")
echo "Started in $startup s" >&2
rss_started=$(rss_mb)

# --- Loads: health (baseline), reports, reads ------------------------------------------------------------------
REPORT=$(jq -nc --arg at "$(date -u -d '1 hour ago' +%Y-%m-%dT%H:%M:%SZ)" '{
  form: "E_SAFETY", category: "UNDERMINING_COMMENT", summary: "Comment undermining the Year 2 teacher",
  details: "A reply on the school account says the Year 2 teacher cannot be trusted.", occurredAt: $at,
  channel: "SCHOOL_ACCOUNT", platform: "Twitter", contentRef: {type: "COMMENT", id: "comment-bench"},
  subjects: [{kind: "STAFF", name: "Mrs Smith"}], allegationAgainstAdult: false}')
incident=$(curl -fs -H "Authorization: $(basic teacher)" -H 'Content-Type: application/json' \
  -d "$REPORT" "$URL/api/incidents" | jq -r .id)

# load <name> <seconds> <method> <path> [user]: runs wrk with measure.lua; keeps its output as $WORK/<name>.txt
load() {
  local authorization= body=
  [[ -n ${5:-} ]] && authorization=$(basic "$5")
  [[ $3 == POST ]] && body=$REPORT
  BENCH_METHOD=$3 BENCH_AUTHORIZATION=$authorization BENCH_BODY=$body \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 30s --latency -s "$BENCH/measure.lua" "$URL$4" \
    >"$WORK/$1.txt"
}
# result <name>: "requests/s p50 p99 requests failed" of a measured load
result() { awk '/^RESULT/ { print $2, $3, $4, $5, $6 }' "$WORK/$1.txt"; }

declare -A loads=(
  [health]="GET /actuator/health"
  [reports]="POST /api/incidents teacher"
  [reads]="GET /api/incidents/$incident dsl"
)
for name in health reports reads; do
  load "$name-warmup" "$WARMUP" ${loads[$name]}
done
rss_warm=$(rss_mb)

# Spread over the load from its start: a dump takes seconds under load, so fixed pauses would drift past its end.
take_thread_dumps() {
  local begun
  begun=$(now)
  for i in $(seq 1 "$THREAD_DUMPS"); do
    sleep "$(calc "$begun + $i * $DURATION / ($THREAD_DUMPS + 1) - $(now)" | awk '{ print ($1 > 0 ? $1 : 0) }')"
    jstack "$PID" >"$WORK/jstack-$i.txt"
  done
}
for name in health reports reads; do
  dumps=
  if [[ $name == reports && $THREAD_DUMPS -gt 0 ]]; then
    take_thread_dumps & dumps=$!
  fi
  load "$name" "$DURATION" ${loads[$name]}
  echo "$name: $(result "$name") (requests/s, p50 ms, p99 ms, requests, failed)" >&2
  [[ -n $dumps ]] && wait "$dumps"
done

# --- Seeding to $EVENTS events, in rounds sized by the rate of the round before ----------------------------------
verify() { curl -fs -H "Authorization: $(basic governor)" "$URL/api/audit/verification" >"$WORK/verification.json"; }
verify
events=$(jq .events "$WORK/verification.json")
rate=0
while ((events < EVENTS)); do
  round=30
  if ((rate > 0)); then
    round=$(((EVENTS - events) / rate + 2))
  fi
  BENCH_REPORTER=$(basic teacher) BENCH_HANDLER=$(basic computing) BENCH_BODY=$REPORT \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$round"s --timeout 30s -s "$BENCH/seed.lua" "$URL" >"$WORK/seed.txt"
  added=$(awk '/^SEEDED/ { print $2 }' "$WORK/seed.txt")
  if ((added == 0)); then
    echo "No command was accepted while seeding; see $WORK/seed.txt and $WORK/service.log" >&2
    exit 1
  fi
  events=$((events + added))
  rate=$((added / round))
  echo "Seeded $added events in ${round}s; about $events in the store" >&2
done

# --- Verification and replay over the whole store ---------------------------------------------------------------
# Measured once the service has caught up with the seeding (sealer, sagas, deadlines), so that each is timed alone.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
wait_until_idle() { # under 5 % of a core over 2 s
  local before after
  before=$(cpu_ticks)
  while sleep 2; do
    after=$(cpu_ticks)
    ((after - before < 10)) && break
    before=$after
  done
}
wait_until_idle
started=$(now)
verify
verification_seconds=$(seconds_since "$started")
echo "Verification in $verification_seconds s: $(cat "$WORK/verification.json")" >&2
started=$(now)
verify
verification_again_seconds=$(seconds_since "$started")
events=$(jq .events "$WORK/verification.json")
valid=$(jq .valid "$WORK/verification.json")

admin=$(basic admin)
wait_until_idle
started=$(now)
curl -fs -o /dev/null -X POST -H "Authorization: $admin" "$URL/api/admin/projections/$PROJECTION/replay"
# The replay reports its progress once it has begun; it has ended when its entry has a head and is not replaying.
until curl -fs -H "Authorization: $admin" "$URL/api/admin/projections" |
  jq -e --arg name "$PROJECTION" '.[] | select(.name == $name) | .head >= 0 and (.replaying | not)' >/dev/null; do
  sleep 0.1
done
replay_seconds=$(seconds_since "$started")
echo "Replay of $PROJECTION in $replay_seconds s" >&2
rss_loaded=$(rss_mb)
file_mb=$(($(stat -c %s "$WORK/data/incident-service.mv.db") / 1024 / 1024))

# --- The table ---------------------------------------------------------------------------------------------------
read -r health_rps health_p50 health_p99 _ health_failed <<<"$(result health)"
read -r reports_rps reports_p50 reports_p99 _ reports_failed <<<"$(result reports)"
read -r reads_rps reads_p50 reads_p99 _ reads_failed <<<"$(result reads)"
verification_rate=$(calc "$events / $verification_seconds")
verification_again_rate=$(calc "$events / $verification_again_seconds")
replay_rate=$(calc "$events / $replay_seconds")
share=$(calc "100 * $reports_rps / $health_rps")
failed() { ((${1:-0} > 0)) && printf ' (%s failed)' "$1"; true; }

cat <<EOF

incident-service $(if [[ $JAR -ef $BUILT_HERE ]]; then git -C "$ROOT" describe --always --dirty 2>/dev/null || true
else echo "$JAR"; fi), $(nproc) cores, \
$(java -version 2>&1 | head -1), load average $load_before before the run, embedded H2, $CONNECTIONS connections on \
$THREADS wrk threads, ${DURATION}s each, $(date -u +%Y-%m-%d)

| measure | result | target | met |
| --- | --- | --- | --- |
| start-up (process start to healthy) | $(fmt "$startup" 1) s | < 5 s | $(met "$startup < 5") |
| RSS: started / after warm-up / after the load | $rss_started / $rss_warm / $rss_loaded MB | | |
| H2 data file after the load | $file_mb MB | | |
| \`GET /actuator/health\` (baseline) | $(fmt "$health_rps") req/s, p50 $health_p50 ms, p99 $health_p99 ms$(failed "$health_failed") | | |
| \`POST /api/incidents\` | $(fmt "$reports_rps") req/s ($(fmt "$share")% of health), p50 $reports_p50 ms, p99 $reports_p99 ms$(failed "$reports_failed") | >= 50% of health, p99 < 50 ms | $(met "$share >= 50 && $reports_p99 < 50") |
| \`GET /api/incidents/{id}\` | $(fmt "$reads_rps") req/s, p50 $reads_p50 ms, p99 $reads_p99 ms$(failed "$reads_failed") | | |
| \`GET /api/audit/verification\` | $(fmt "$events") events in $(fmt "$verification_seconds" 2) s: $(fmt "$verification_rate") events/s (valid: $valid); asked again: $(fmt "$verification_again_seconds" 2) s, $(fmt "$verification_again_rate") events/s | >= 200,000 events/s | $(met "$verification_rate >= 200000") |
| replay of \`$PROJECTION\` | $(fmt "$events") events in $(fmt "$replay_seconds" 2) s: $(fmt "$replay_rate") events/s | >= 100,000 events/s | $(met "$replay_rate >= 100000") |

Log and wrk output: $WORK
EOF

# Where request threads were during the measured reports, counted over the dumps: the first frame outside the JDK
# (where a thread waits or works: a lock in H2, the connection pool, ...) and the first frame of ours that led there.
if ((THREAD_DUMPS > 0)); then
  echo
  echo "Request threads in $THREAD_DUMPS thread dumps (count: first frame outside the JDK <- first org.safeguarding frame):"
  awk '/^"http-nio-[0-9]+-exec-/ { request = 1; where = ""; ours = ""; next }
       /^$/ { if (request) count[where " <- " (ours == "" ? "(none)" : ours)]++; request = 0; next }
       request && /^\tat / { frame = substr($0, 5)
                             if (where == "" && frame !~ /^(java|jdk|sun)\./) where = frame
                             if (ours == "" && frame ~ /^org\.safeguarding\./) ours = frame }
       END { for (place in count) print count[place] ": " place }' "$WORK"/jstack-*.txt | sort -rn
fi
