#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a Release build and starts Elson Terminal.
#   scripts/run.sh [arguments passed to the program…]
# Until the desktop terminal lands (issue 6) this starts elsonctl, the command-line front end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}"
build_dir="${BUILD_DIR:-$ELSON_ROOT/build/release}"
elson_build "$build_dir" Release -DELSON_BUILD_TESTS=OFF

if [ $# -eq 0 ]; then
    "$build_dir/bin/elsonctl" --help
    elson_log "elsonctl is built at $build_dir/bin/elsonctl; an example:"
    set -x
    exec "$build_dir/bin/elsonctl" price 290.123
fi
exec "$build_dir/bin/elsonctl" "$@"
