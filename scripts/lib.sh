# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run.sh and scripts/test.sh: package lists and a missing-only installer.
# Sourced, not run.

ELSON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# What building needs (Debian 12 / Ubuntu 24.04 names; see shared platform notes).
ELSON_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config tzdata
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev
    qt6-httpserver-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    libxkbcommon-dev
)
# What running the tests needs on top: an X server for screenshots, a D-Bus session and an
# unlockable gnome-keyring for the real keychain tests.
ELSON_TEST_PACKAGES=(xvfb xauth dbus gnome-keyring libsecret-1-0 imagemagick)

elson_log() { printf '\033[1m[elson]\033[0m %s\n' "$*" >&2; }

# Installs only the packages that are not installed yet, non-interactively.
elson_ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        elson_log "missing packages (${missing[*]}) and no apt-get: install them by hand"
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            elson_log "missing packages (${missing[*]}): run as root or install sudo"; return 1
        fi
    fi
    elson_log "installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds into $1 with build type $2; extra CMake arguments follow.
elson_build() {
    local dir="$1" type="$2"
    shift 2
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    cmake -S "$ELSON_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$dir" --parallel "$jobs"
}

# Runs ctest on build folder $2 with $3 parallel jobs (ctest arguments follow), with HOME,
# XDG folders and TMPDIR inside the throwaway folder $1, in a private D-Bus session whose
# gnome-keyring is unlocked: the keychain tests run for real and never touch the user's own.
elson_ctest_with_keyring() {
    local test_home="$1" build_dir="$2" jobs="$3"
    shift 3
    mkdir -p "$test_home/tmp"
    HOME="$test_home" XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config" \
    TMPDIR="$test_home/tmp" \
    dbus-run-session -- bash -c '
        set -e
        printf %s "elson-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ELSON_REQUIRE_KEYCHAIN=1 exec ctest --test-dir "$0" --output-on-failure --parallel "$1" "${@:2}"
    ' "$build_dir" "$jobs" "$@"
}
