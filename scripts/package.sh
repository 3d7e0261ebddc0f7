#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages of Elson Terminal with CPack: a .deb, an .rpm and a .tar.gz, each
# holding elson-terminal, elsonctl and elson-sim (stripped), the desktop file, AppStream
# metainfo, icons and man pages. scripts/check-package.sh then installs and checks the .deb.
#   scripts/package.sh
# Environment:
#   BUILD_DIR   build directory (default build/package). One that is already configured is reused
#               as it is, whatever its build type and test options, so CI can package its test build
#               without compiling twice; it must have the GUI on. A new one is configured as
#               BUILD_TYPE (default Release) without tests or benchmarks.
#   GENERATORS  CPack generators (default "DEB;RPM;TGZ").
# The packages land in $BUILD_DIR/packages; their paths are printed on stdout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# dpkg-shlibdeps (dpkg-dev) and file for the .deb's library dependencies, rpmbuild (rpm).
ELSON_PACKAGE_TOOLS=(dpkg-dev file rpm gzip)
elson_ensure_packages "${ELSON_BUILD_PACKAGES[@]}" "${ELSON_PACKAGE_TOOLS[@]}"

build_dir="$(realpath -m "${BUILD_DIR:-$ELSON_ROOT/build/package}")"
generators="${GENERATORS:-DEB;RPM;TGZ}"

started=$SECONDS
if [ -f "$build_dir/CMakeCache.txt" ]; then
    if ! grep -q '^ELSON_BUILD_GUI:BOOL=ON$' "$build_dir/CMakeCache.txt"; then
        elson_log "$build_dir was configured with ELSON_BUILD_GUI=OFF: a package needs the desktop app"
        exit 1
    fi
    elson_log "reusing the configured build in $build_dir"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
else
    elson_build "$build_dir" "${BUILD_TYPE:-Release}" -DELSON_BUILD_TESTS=OFF -DELSON_BUILD_BENCH=OFF
fi
built=$SECONDS

# Only CPack's own outputs are cleared, so an older version's package is never picked up.
mkdir -p "$build_dir/packages"
rm -rf "$build_dir/packages/_CPack_Packages"
find "$build_dir/packages" -maxdepth 1 -type f -name 'elson-terminal*' -delete
(cd "$build_dir" && cpack -G "$generators" --config CPackConfig.cmake >"$build_dir/packages/cpack.log" 2>&1) || {
    cat "$build_dir/packages/cpack.log" >&2
    elson_log "cpack failed (log above: $build_dir/packages/cpack.log)"
    exit 1
}
done_at=$SECONDS

elson_log "build $((built - started)) s, cpack $((done_at - built)) s"
find "$build_dir/packages" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.tar.gz' \) | sort
