#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer (ELSON_SANITIZE=ON) and runs the
# whole test suite through ctest the way scripts/test.sh does: offscreen, inside a private
# D-Bus session with an unlocked throwaway gnome-keyring. Any sanitizer finding stops the
# test that made it (halt_on_error) and fails the run.
#   scripts/sanitize.sh [ctest arguments…]
# Environment: BUILD_DIR (default build/sanitize), JOBS (default: nproc),
#   SANITIZE_CXXFLAGS (default -O1; add -g1 for file and line in reports),
#   SANITIZE_GUI (default ON: the desktop terminal and its tests are built and run sanitized
#   too; OFF builds only what lies below the widgets, which also proves that layering).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}" "${ELSON_TEST_PACKAGES[@]}"

build_dir="${BUILD_DIR:-$ELSON_ROOT/build/sanitize}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

started=$(date +%s)
# -O1: ASan's recommended optimisation, and much less compile time than -O2 on Qt-heavy code.
# No debug info by default: the cold build took half the time without it (722 s against
# 1,412 s with -g1, docs/FUZZING.md); reports still name the functions. For file:line in a
# report, run it again with SANITIZE_CXXFLAGS="-O1 -g1". The build needs about 11 GB of disk.
cmake -S "$ELSON_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize \
    -DCMAKE_CXX_FLAGS_SANITIZE="${SANITIZE_CXXFLAGS:--O1}" \
    -DELSON_SANITIZE=ON -DELSON_BUILD_GUI="${SANITIZE_GUI:-ON}" -DELSON_BUILD_TESTS=ON -DELSON_BUILD_BENCH=ON \
    "${launcher[@]}"
cmake --build "$build_dir" --parallel "$jobs"
built=$(date +%s)
elson_log "sanitizer build took $((built - started)) s"

export QT_QPA_PLATFORM=offscreen
# halt_on_error: the first finding ends the process with an error, so ctest fails the test.
# detect_leaks: leaks are findings too. None needs suppressing today; if one in a system
# library (D-Bus, fontconfig, libsecret) ever does, it goes in tests/safety/lsan.supp, never
# one in Elson code.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
suppressions="$ELSON_ROOT/tests/safety/lsan.supp"
if [ -f "$suppressions" ]; then
    export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0:${LSAN_OPTIONS:-}"
fi

test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT

elson_log "running tests under ASan+UBSan in $build_dir"
status=0
elson_ctest_with_keyring "$test_home" "$build_dir" "$jobs" "$@" || status=$?
elson_log "sanitizer tests took $(( $(date +%s) - built )) s (exit $status)"
exit "$status"
