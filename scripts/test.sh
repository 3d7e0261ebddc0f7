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

# A fresh secret for this run, used by every test that hands a secret to the code
# (tests/broker/testsecret.h). After the run, no file or output of the session may hold it.
ELSON_TEST_SECRET="elson-test-secret-$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
export ELSON_TEST_SECRET
rm -rf "$build_dir/Testing"
ctest_log="$test_home/ctest-output.log"

elson_log "running tests (GUI=$gui) in $build_dir"
set +e
elson_ctest_with_keyring "$test_home" "$build_dir" "$(nproc)" "$@" 2>&1 | tee "$ctest_log"
status=${PIPESTATUS[0]}
set -e

# The secret grep: the test HOME (keyring, settings, journals, anything left in TMPDIR),
# ctest's own logs and the output above. The names of files that hold it, never the secret.
leaks="$(grep -rlaF -e "$ELSON_TEST_SECRET" "$test_home" "$build_dir/Testing" 2>/dev/null || true)"
if [ -n "$leaks" ]; then
    elson_log "the test secret leaked into:"
    printf '%s\n' "$leaks" | sed 's/^/  /' >&2
    exit 1
fi
# The grep itself must be able to find it (a check that cannot fail checks nothing).
canary="$(mktemp)"
printf 'x%sx\n' "$ELSON_TEST_SECRET" >"$canary"
if ! grep -qaF -e "$ELSON_TEST_SECRET" "$canary"; then
    rm -f "$canary"
    elson_log "the secret check cannot find the secret in a file that holds it"
    exit 1
fi
rm -f "$canary"
elson_log "secret check: no file or output of the test session holds the test secret"
exit "$status"
