#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's screenshot: a throwaway demo account on the embedded exchange gets a few
# positions and working orders through elsonctl, then elson-terminal draws itself to a PNG.
#   scripts/screenshot.sh [OUT.png] [--theme light|dark]     (default docs/screenshot.png, light)
# Uses BUILD_DIR (default build/release, built by scripts/run.sh). Nothing leaves 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
out="${1:-$ELSON_ROOT/docs/screenshot.png}"
theme="${3:-light}"
[ "${2:-}" = "--theme" ] || theme=light
build_dir="${BUILD_DIR:-$ELSON_ROOT/build/release}"
[ -x "$build_dir/bin/elson-terminal" ] || { elson_log "build first: scripts/run.sh (or set BUILD_DIR)"; exit 1; }

demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
export ELSON_CONFIG_DIR="$demo" ELSON_KEYCHAIN_SERVICE="elson-screenshot" LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8
unset ALPACA_API_KEY ALPACA_SECRET_KEY APCA_API_KEY_ID APCA_API_SECRET_KEY
ctl="$build_dir/bin/elsonctl"
"$ctl" order buy AAPL --qty 40 --yes >/dev/null
"$ctl" order buy NVDA --qty 120 --yes >/dev/null
"$ctl" order buy SPY --qty 15 --yes >/dev/null
"$ctl" order buy MSFT --qty 25 --take-profit 520 --stop-loss 440 --yes >/dev/null
"$ctl" order sell AAPL --qty 10 --limit-price 295 --tif gtc --yes >/dev/null
"$ctl" order buy QQQ --notional 2500 --yes >/dev/null
QT_QPA_PLATFORM=offscreen "$build_dir/bin/elson-terminal" --theme "$theme" --screenshot "$out" --size 1440x900
elson_log "wrote $out"
