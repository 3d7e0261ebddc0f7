#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ELSON_FUZZ=ON) and runs each for SECONDS, one at a
# time, niced, continuing from the corpus the previous runs left in the build directory.
#   scripts/fuzz.sh SECONDS [TARGET…]     TARGET: jsoncodec decimal stream commandline elsonctl
# Environment: BUILD_DIR (default build/fuzz), JOBS (build parallelism, default: nproc).
# Prints executions, coverage and corpus size per target (also in BUILD_DIR/summary.txt);
# a crash input lands in BUILD_DIR/artifacts/TARGET/ and makes the script fail. Keep it in
# fuzz/regressions/TARGET/ once fixed: the replay ctests run those files in every build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    elson_log "usage: scripts/fuzz.sh SECONDS [jsoncodec|decimal|stream|commandline|elsonctl]…"
    exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(jsoncodec decimal stream commandline elsonctl)

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}" clang libclang-rt-14-dev

build_dir="$(realpath -m "${BUILD_DIR:-$ELSON_ROOT/build/fuzz}")"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$ELSON_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DELSON_FUZZ=ON -DELSON_BUILD_GUI=OFF -DELSON_BUILD_TESTS=OFF -DELSON_BUILD_BENCH=OFF \
    -DELSON_WERROR=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$jobs" --target elson-fuzz-seeds "${targets[@]/#/fuzz_}"

seeds="$build_dir/seeds"
"$build_dir/fuzz/elson-fuzz-seeds" "$seeds" >/dev/null

declare -A max_len=([jsoncodec]=16384 [decimal]=256 [stream]=16384 [commandline]=1024 [elsonctl]=1024)
declare -A dict=([jsoncodec]=json [decimal]=decimal [stream]=json [commandline]=commandline [elsonctl]=commandline)

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

summary="$build_dir/summary.txt"
status=0
for target in "${targets[@]}"; do
    corpus="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target"
    log="$build_dir/fuzz-$target.log"
    mkdir -p "$corpus" "$artifacts"
    elson_log "fuzz_$target for $seconds s (log: $log)"
    # One process on a shared machine: niced, no -jobs/-workers fan-out.
    (cd "$build_dir" && nice -n 10 "$build_dir/fuzz/fuzz_$target" "$corpus" "$seeds/$target" \
        -max_total_time="$seconds" -max_len="${max_len[$target]}" \
        -dict="$ELSON_ROOT/fuzz/${dict[$target]}.dict" -timeout=30 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1) >"$log" 2>&1 || status=1
    # libFuzzer's final statistics, and its last status line for coverage.
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || true)
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || true)
    files=$(find "$corpus" -type f | wc -l)
    crashes=$(find "$artifacts" -type f | wc -l)
    line="$(date -u +%FT%TZ) fuzz_$target ${seconds}s execs=${execs:-?} exec/s=${speed:-?} cov=${cov:-?} ft=${ft:-?} corpus=$files crashes=$crashes"
    echo "$line" | tee -a "$summary"
    if [ "$crashes" -gt 0 ]; then
        status=1
        elson_log "fuzz_$target: crash inputs in $artifacts (see $log)"
    fi
done
exit "$status"
