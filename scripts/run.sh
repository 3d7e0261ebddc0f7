#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a Release build and starts Elson Terminal.
#   scripts/run.sh                    start the desktop terminal (the embedded simulator when no
#                                     Alpaca keys are configured; never live unless every gate agrees)
#   scripts/run.sh elson-terminal ARGS…  the terminal with options (--screenshot FILE, --theme dark, …)
#   scripts/run.sh elsonctl ARGS…     run elsonctl from the same build
#   scripts/run.sh elson-sim ARGS…    run the simulator with options
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}"
build_dir="${BUILD_DIR:-$ELSON_ROOT/build/release}"
elson_build "$build_dir" Release -DELSON_BUILD_TESTS=OFF -DELSON_BUILD_BENCH=OFF

case "${1:-}" in
    elsonctl) shift; exec "$build_dir/bin/elsonctl" "$@" ;;
    elson-sim) shift; exec "$build_dir/bin/elson-sim" "$@" ;;
    elson-terminal) shift; exec "$build_dir/bin/elson-terminal" "$@" ;;
    "")
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            elson_log "no display (DISPLAY/WAYLAND_DISPLAY unset): running under xvfb-run would show nothing;"
            elson_log "try: scripts/run.sh elson-terminal --screenshot shot.png   (renders the window to a PNG)"
            exit 1
        fi
        elson_log "starting elson-terminal"
        exec "$build_dir/bin/elson-terminal" ;;
    *) elson_log "usage: scripts/run.sh [elson-terminal|elsonctl|elson-sim] [ARGS…]"; exit 2 ;;
esac
