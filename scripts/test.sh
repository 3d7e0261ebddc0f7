#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest, offscreen, inside a
# private D-Bus session with an unlocked gnome-keyring (for the real keychain tests).
#   scripts/test.sh [--no-gui] [ctest arguments…]
# Environment: BUILD_DIR (default build/test or build/test-nogui), BUILD_TYPE (RelWithDebInfo).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

gui=ON
if [ "${1:-}" = "--no-gui" ]; then gui=OFF; shift; fi

elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}" "${ELSON_TEST_PACKAGES[@]}"

default_dir="$ELSON_ROOT/build/test"
[ "$gui" = OFF ] && default_dir="$ELSON_ROOT/build/test-nogui"
build_dir="${BUILD_DIR:-$default_dir}"
elson_build "$build_dir" "${BUILD_TYPE:-RelWithDebInfo}" -DELSON_BUILD_GUI="$gui" -DELSON_BUILD_TESTS=ON

export QT_QPA_PLATFORM=offscreen
# A throwaway HOME keeps the test keyring and any settings out of the user's real ones.
test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT

elson_log "running tests (GUI=$gui) in $build_dir"
HOME="$test_home" XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config" \
dbus-run-session -- bash -c '
    set -e
    printf %s "elson-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ELSON_REQUIRE_KEYCHAIN=1 exec ctest --test-dir "$0" --output-on-failure --parallel "$(nproc)" "$@"
' "$build_dir" "$@"
