#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmark programs optimised, runs them all and writes docs/PERFORMANCE.md:
# the figures as one Markdown table, the machine they were measured on (CPU, cores, RAM,
# OS, compiler, Qt, build type, load average before and after) and the commands that
# reproduce them. The programs print figures and never assert on time.
#   scripts/bench.sh [--long] [--no-build] [--output FILE]
#     --long       measure steady-state requests over whole minutes (adds ~2 minutes)
#     --no-build   use the programs already in the build folder
# Environment: BUILD_DIR (default build/bench), BUILD_TYPE (RelWithDebInfo; Release works
# too), JOBS (ninja -j, default 2), CMAKE_CXX_COMPILER_LAUNCHER (ccache if installed).
# Once built, a run takes about two and a half minutes on two cores; with --long, under five.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

long=0
build=1
output="$ELSON_ROOT/docs/PERFORMANCE.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --long) long=1 ;;
        --no-build) build=0 ;;
        --output) output="$2"; shift ;;
        -h|--help) sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) elson_log "unknown argument: $1"; exit 64 ;;
    esac
    shift
done

build_dir="${BUILD_DIR:-$ELSON_ROOT/build/bench}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
jobs="${JOBS:-2}"
bin="$build_dir/bin"
results="$build_dir/results"

if [ "$build" = 1 ]; then
    launcher=()
    if [ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER="$CMAKE_CXX_COMPILER_LAUNCHER")
    elif command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    elson_log "building the benchmarks ($build_type) in $build_dir"
    cmake -S "$ELSON_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DELSON_BUILD_BENCH=ON -DELSON_BUILD_TESTS=OFF -DELSON_BUILD_GUI=ON "${launcher[@]}" >/dev/null
    ninja -C "$build_dir" -j "$jobs" bench_programs
fi
for program in sim_bench validate_bench startup_bench app_bench requests_bench elsonctl elson-sim; do
    [ -x "$bin/$program" ] || { elson_log "$bin/$program is missing (build without --no-build)"; exit 1; }
done

export QT_QPA_PLATFORM=offscreen
mkdir -p "$results"
rm -f "$results"/*.txt
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"
# Scratch HOME/XDG folders: nothing a program writes lands in the user's own settings.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/tmp"
run_env=(env HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_DATA_HOME="$scratch/.local/share"
         XDG_CACHE_HOME="$scratch/.cache" TMPDIR="$scratch/tmp")

requests_seconds=20
[ "$long" = 1 ] && requests_seconds=60
# name | command (run from the repository root)
benches=(
    "startup|$bin/startup_bench --runs 5"
    "app|$bin/app_bench --runs 11"
    "validate|$bin/validate_bench --iterations 100000"
    "cli|bench/cli_vs_curl.sh $bin 20"
    "requests|$bin/requests_bench --settle 10 --seconds $requests_seconds"
    "sim|$bin/sim_bench --repeat 3"
)
for entry in "${benches[@]}"; do
    name="${entry%%|*}"
    command="${entry#*|}"
    elson_log "running $name: $command"
    t0="$(date +%s)"
    # shellcheck disable=SC2086 # the command is a word list on purpose
    if ! (cd "$ELSON_ROOT" && "${run_env[@]}" $command) >"$results/$name.txt" 2>"$results/$name.err"; then
        elson_log "$name failed:"; cat "$results/$name.err" >&2; exit 1
    fi
    cat "$results/$name.txt"
    echo "$(( $(date +%s) - t0 ))" >"$results/$name.seconds"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the machine
cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1)"
cpus="$(nproc)"
threads_per_core="$(lscpu 2>/dev/null | sed -n 's/^Thread(s) per core: *//p' | head -n1)"
ram="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
os="$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
kernel="$(uname -r)"
compiler_path="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt" | head -n1)"
compiler="$("${compiler_path:-c++}" --version | head -n1)"
cached_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" | head -n1)"
qt="$(grep -o 'Qt [0-9][0-9.]*' "$results/sim.txt" | head -n1)"
virt="$(systemd-detect-virt 2>/dev/null || true)"
commit="$(git -C "$ELSON_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ELSON_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit (with uncommitted changes in the tree)"
fi
long_note="20 s a phase, scaled to a minute"
[ "$long" = 1 ] && long_note="a whole minute a phase"

rows() { grep '^| ' "$results/$1.txt" | grep -v '^| Figure ' || true; }
raw() { printf '<details><summary>%s (%s s)</summary>\n\n```\n' "$1" "$(cat "$results/$1.seconds")"
        grep -v '^| \|^|---' "$results/$1.txt" || true
        printf '```\n</details>\n\n'; }

mkdir -p "$(dirname "$output")"
{
cat <<EOF
# Performance

Figures from one run of \`scripts/bench.sh\` on the machine below ($started_at, commit $commit).
The programs print what they measure and never assert on time; each figure is a median of
several runs unless it says otherwise. The machine is shared: the load average is recorded,
and a busy neighbour slows every wall-clock figure here.

## Machine

| | |
|---|---|
| CPU | $cpu ($cpus logical CPUs, $threads_per_core thread(s) per core${virt:+; virtualisation: $virt}) |
| RAM | $ram |
| OS | $os, Linux $kernel |
| Compiler | $compiler |
| Qt | ${qt#Qt } (distribution packages) |
| Build type | ${cached_type:-$build_type} (optimised; benchmarks refuse to report from an unoptimised build) |
| Load average (1, 5, 15 min) | before: $load_before; after: $load_after (on $cpus CPUs) |
| Display | Qt's offscreen platform (QT_QPA_PLATFORM=offscreen): painting into memory, no compositor |

## Figures

| Figure | Value | Note |
|---|---|---|
EOF
echo "| **Start-up** (bench/startup_bench.cpp) | | |"
rows startup
echo "| **Memory and model refresh** (bench/app_bench.cpp) | | |"
rows app
echo "| **Order validation and serialization in process** (bench/validate_bench.cpp) | | |"
rows validate
echo "| **elsonctl versus curl** (bench/cli_vs_curl.sh) | | |"
rows cli
echo "| **Steady-state requests a minute** (bench/requests_bench.cpp, $long_note) | | |"
rows requests
echo "| **Simulator** (bench/sim_bench.cpp) | | |"
# sim_bench prints "  SCENARIO  WORK UNIT  SECONDS s  RATE/s  NOTE"; one table row each.
sim_row='^  (.{54}) +([0-9,]+) ([a-z]+) +([0-9.]+ s) +([0-9,]+)\/s(  (.*))?$'
grep -E '^  [0-9]+ in flight' "$results/sim.txt" \
    | sed -E "s/$sim_row/| simulator HTTP round trips (POST \/v2\/orders), \1 | \5 orders\/s | median of 3; \2 \3 in \4; \7 |/" | sed -E 's/ {2,}\|/ |/g' || true
grep -E '^  (market orders|resting limits)' "$results/sim.txt" \
    | sed -E "s/$sim_row/| simulator matching in process: \1 | \5 events\/s | median of 3; \2 \3 in \4; \7 |/" | sed -E 's/ {2,}\|/ |/g' || true
cat <<'EOF'

## What each figure measures

- **Cold start to first painted window**: a new process each time (the program starts itself
  with `--child app|bare`), timed from just before the parent starts it to the end of the
  window's first paint (the first paint event handled and the backing store flushed). The
  terminal's child does what `src/app/main.cpp` does on a first run (settings, journal and demo
  account in a fresh folder; `BrokerFactory` from an empty environment, so the embedded exchange;
  the keychain asked for key pairs under a service name of the bench's own; `TradingSession`;
  `MainWindow`; `show()`; the session and services started) minus loading translations, as there
  is no "quit after the first paint" switch in `elson-terminal` to time it directly; the bare child shows
  an empty `QMainWindow` of the same size, built by the same compiler with the same flags. The
  ratio of the two medians is the figure. "First data refresh" is `MainWindow::firstRefreshShown`:
  account, positions and orders read from the embedded exchange over loopback HTTP and shown.
  The files are in the page cache (a new process, not a cold disk). The milestones in the raw
  output below show where the time goes.
- **Memory**: VmRSS and VmHWM from `/proc/self/status` of a process holding a `MainWindow`
  (no broker: nothing polls) into whose own models 1,000 positions and 10,000 orders (5% of them
  brackets with two legs) are applied, with the orders filter on "All" so every order passes the
  proxies into the views, and 10,000 one-minute bars given to its `PriceChart` (its bar cap raised
  from the default 2,000 for this). Note that the terminal itself never holds 10,000 orders: it
  reads at most 500 open and the 500 most recent.
- **Model refresh**: `OrdersModel::apply()` with a 10,000-order list in which 1% or 100% of the
  orders differ from what the model holds (a fill or a re-stated average price and a newer
  `updated_at`), alternating between two lists so every apply changes rows; the same for
  `PositionsModel` with 1,000 positions. "Alone" is the model with nothing attached; "main window"
  is the window's model with its filter proxy and sorted view attached, and "+ repaint" adds the
  event loop until idle (layout and the offscreen repaint).
- **Validate + serialize**: one order through `ValidationChain::standard().run()` (27 rules),
  `Trade::toOrderRequest()` and `Json::serialize()`, timed one at a time, 100,000 orders a row;
  p50 and p99 in microseconds. Two orders: a limit buy from an empty account, and a bracket buy
  from an account with 100 positions and 500 working orders. `runAll()` is what the order ticket
  runs on each keystroke.
- **elsonctl versus curl**: wall time of whole processes measured by the shell, alternating,
  against one `elson-sim` on 127.0.0.1. `elsonctl order` reads the account, asset, positions,
  orders, clock and quote, runs the chain, journals, POSTs and journals the answer; curl POSTs the
  body elsonctl's own `--dry-run` printed (with a fresh `client_order_id`).
- **Steady-state requests a minute**: a fresh terminal in process (built as above), left 10 s
  after its first refresh, then counted twice: by its own counters
  (`PortfolioService::requestsInLastMinute()` + `MarketDataService::requestsInLastMinute()`) and
  as the REST requests the embedded exchange served (`SimHttpServer::requestServed`, over an
  interval of the same length starting 250 ms later, so requests in flight are counted by both;
  WebSocket upgrade requests are counted apart). Three terminals, one per phase: *streams up*
  (as it runs); *streams down* (`MarketDataService::setStreamingEnabled(false)` and
  `Broker::stopStreaming()`: no WebSocket, everything polled); *streams flapping* (the exchange
  closes every WebSocket at its next 250 ms tick, a `close-stream` fault that never runs out:
  each reconnect is followed by the reads a recovery triggers). The default polling intervals
  (AppSettings): orders 2 s (two requests: open and all), account and positions 5 s, clock 30 s,
  quotes 2 s while the market-data stream is down. The routes served in each phase are in the
  raw output. Alpaca's default budget is 200 requests a minute.
- **Simulator**: `sim_bench` — order round trips over loopback HTTP (POST /v2/orders through one
  `QNetworkAccessManager`, 1 and 6 in flight) against a `SimService` in its own thread, and
  matching events (trade updates) a second in process with scripted quotes.

## Reproduce

```sh
scripts/bench.sh            # builds into build/bench (RelWithDebInfo, ninja -j2), runs all, rewrites this file
scripts/bench.sh --long     # the requests figure over whole minutes
# one program at a time (after a build; QT_QPA_PLATFORM=offscreen for the GUI ones):
build/bench/bin/startup_bench --runs 5
build/bench/bin/app_bench --runs 11            # --only memory | refresh
build/bench/bin/validate_bench --iterations 100000
bench/cli_vs_curl.sh build/bench/bin 20
build/bench/bin/requests_bench --settle 10 --seconds 20   # --seconds 60: a whole window
build/bench/bin/sim_bench --repeat 3
```

## Raw output

EOF
for name in startup app validate cli requests sim; do raw "$name"; done
} >"$output"
elson_log "wrote $output"
