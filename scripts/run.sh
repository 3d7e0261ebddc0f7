#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a Release build and starts Elson Terminal.
#   scripts/run.sh                 start the product (see below)
#   scripts/run.sh elsonctl ARGS…  run elsonctl from the same build
#   scripts/run.sh elson-sim ARGS… run the simulator with options
# Until the desktop terminal lands (issue 6), "the product" is elson-sim, the local
# Alpaca-compatible exchange the terminal will open on, in the foreground (Ctrl+C stops it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}"
build_dir="${BUILD_DIR:-$ELSON_ROOT/build/release}"
elson_build "$build_dir" Release -DELSON_BUILD_TESTS=OFF -DELSON_BUILD_BENCH=OFF

case "${1:-}" in
    elsonctl) shift; exec "$build_dir/bin/elsonctl" "$@" ;;
    elson-sim) shift; exec "$build_dir/bin/elson-sim" "$@" ;;
    "")
        elson_log "starting elson-sim (demo clock; key ELSONSIMKEY, secret elson-sim-secret); Ctrl+C stops it"
        exec "$build_dir/bin/elson-sim" --port "${ELSON_SIM_PORT:-0}" ;;
    *) elson_log "usage: scripts/run.sh [elsonctl|elson-sim] [ARGS…]"; exit 2 ;;
esac
