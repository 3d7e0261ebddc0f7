#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the packages scripts/package.sh built, the way a user meets them: installs the .deb into
# this system with apt-get, runs the three programs from /usr/bin, validates the desktop file,
# AppStream metainfo and man pages, removes the package and checks nothing is left behind; reads
# the .rpm's and the .tar.gz's metadata and file lists. Needs root (it installs a system package).
#   scripts/check-package.sh
# Environment: BUILD_DIR (as for package.sh, default build/package), or PACKAGE_DIR for the folder
# holding the packages (default $BUILD_DIR/packages). The expected name, version, summary, licence
# and homepage are read from $BUILD_DIR/CPackConfig.cmake, i.e. from the CMake project.
# Ends with "check-package: N passed, N failed, N skipped"; non-zero if anything failed.
set -uo pipefail
# "[ … ] && pass … || fail …" is safe here: pass only prints and always returns 0.
# shellcheck disable=SC2015
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ELSON_CHECK_PACKAGES=(desktop-file-utils appstream man-db rpm curl file xz-utils binutils)
elson_ensure_packages "${ELSON_CHECK_PACKAGES[@]}" || exit 1
if [ "$(id -u)" -ne 0 ]; then
    elson_log "check-package.sh installs a system package: run it as root"
    exit 1
fi

build_dir="$(realpath -m "${BUILD_DIR:-$ELSON_ROOT/build/package}")"
pkg_dir="$(realpath -m "${PACKAGE_DIR:-$build_dir/packages}")"
passed=0 failed=0 skipped=0
work="$(mktemp -d)"
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/      /'; }
skip() { skipped=$((skipped + 1)); printf 'SKIP  %s\n' "$1"; }
# check NAME COMMAND…: passes when the command exits 0; shows its output when it does not.
check() {
    local name="$1" out
    shift
    if out="$("$@" 2>&1)"; then pass "$name"; else fail "$name" "$out"; fi
}
finish() {
    printf 'check-package: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
    [ "$failed" -eq 0 ]
    exit
}

# --- what to expect, from the CMake project (one place)
cpack_config="$build_dir/CPackConfig.cmake"
if [ ! -f "$cpack_config" ]; then
    fail "CPack configuration at $cpack_config (run scripts/package.sh first)"
    finish
fi
cat >"$work/expect.cmake" <<'EOF'
include("${CONFIG}")
foreach(var CPACK_PACKAGE_NAME CPACK_PACKAGE_VERSION CPACK_PACKAGE_DESCRIPTION_SUMMARY
            CPACK_RPM_PACKAGE_LICENSE CPACK_PACKAGE_HOMEPAGE_URL CPACK_PACKAGE_FILE_NAME)
    message("${var}=${${var}}")
endforeach()
EOF
expect="$(cmake -DCONFIG="$cpack_config" -P "$work/expect.cmake" 2>&1)"
field() { printf '%s\n' "$expect" | sed -n "s/^$1=//p"; }
name="$(field CPACK_PACKAGE_NAME)"
version="$(field CPACK_PACKAGE_VERSION)"
summary="$(field CPACK_PACKAGE_DESCRIPTION_SUMMARY)"
license="$(field CPACK_RPM_PACKAGE_LICENSE)"
homepage="$(field CPACK_PACKAGE_HOMEPAGE_URL)"
archive_root="$(field CPACK_PACKAGE_FILE_NAME)"
app_id="io.github.elson_terminal.ElsonTerminal"
echo "expecting $name $version ($license, $homepage) from $pkg_dir"

one_file() { # one_file GLOB: the single file matching GLOB in the package folder
    local matches=()
    mapfile -t matches < <(find "$pkg_dir" -maxdepth 1 -type f -name "$1" | sort)
    [ ${#matches[@]} -eq 1 ] && printf '%s\n' "${matches[0]}"
}
deb="$(one_file "${name}_${version}-*.deb")"
rpm_file="$(one_file "${name}-${version}-*.rpm")"
tgz="$(one_file "${archive_root}.tar.gz")"
[ -n "$deb" ] && pass "one .deb: $(basename "$deb")" || fail "exactly one ${name}_${version}-*.deb in $pkg_dir"
[ -n "$rpm_file" ] && pass "one .rpm: $(basename "$rpm_file")" || fail "exactly one ${name}-${version}-*.rpm in $pkg_dir"
[ -n "$tgz" ] && pass "one .tar.gz: $(basename "$tgz")" || fail "${archive_root}.tar.gz in $pkg_dir"

# --- the .deb: metadata, install, run, validate, remove
if [ -n "$deb" ]; then
    check "deb control: Package $name, Version $version-1, Homepage $homepage" \
        test "$(dpkg-deb -f "$deb" Package Version Homepage)" = \
             "$(printf 'Package: %s\nVersion: %s-1\nHomepage: %s' "$name" "$version" "$homepage")"
    depends="$(dpkg-deb -f "$deb" Depends)"
    dep_names=" $(printf '%s' "$depends" | sed 's/ *([^)]*)//g; s/ *| */ /g; s/,/ /g') "
    # The two that --as-needed hides from dpkg-shlibdeps, named by hand.
    missing_deps=()
    for dep in libsecret-1-0 libqt6svg6; do
        [[ "$dep_names" == *" $dep "* ]] || missing_deps+=("$dep")
    done
    [ ${#missing_deps[@]} -eq 0 ] && pass "deb Depends names the run-time loaded libsecret-1-0 and libqt6svg6" \
        || fail "deb Depends lacks ${missing_deps[*]}" "$depends"
    # dpkg-shlibdeps' part: the package of every library a program links is in Depends.
    mkdir -p "$work/tree" && dpkg-deb -x "$deb" "$work/tree"
    unlisted=()
    for program in elson-terminal elsonctl elson-sim; do
        binary="$work/tree/usr/bin/$program"
        while read -r soname; do
            path="$(ldd "$binary" | awk -v lib="$soname" '$1 == lib {print $3}')"
            owner=""
            # usrmerge: dpkg may know the file under /lib or under /usr/lib.
            for candidate in "$path" "${path#/usr}" "/usr$path"; do
                owner="$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1)" && [ -n "$owner" ] && break
            done
            [[ -n "$owner" && "$dep_names" == *" $owner "* ]] || unlisted+=("$program: $soname (${owner:-no package})")
        done < <(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}')
    done
    [ ${#unlisted[@]} -eq 0 ] && pass "deb Depends covers every library the three programs link" \
        || fail "deb Depends misses linked libraries" "$(printf '%s\n' "${unlisted[@]}")"
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/deb-paths"
    grep -v '/$' "$work/deb-paths" >"$work/deb-files"

    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'ok installed'; then
        elson_log "removing the $name already installed, to check a clean install"
        apt-get remove -y -qq "$name" >/dev/null
    fi
    install_log="$work/apt-install.log"
    apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$install_log" 2>&1; }
    if ! apt_install; then
        # Without package lists apt cannot resolve a dependency that is not installed yet.
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1
        apt_install
    fi
    if dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | grep -q "ok installed $version-1"; then
        pass "apt-get install $deb"
    else
        fail "apt-get install $deb" "$(tail -20 "$install_log")"
    fi

    missing_files=()
    while read -r path; do [ -e "$path" ] || missing_files+=("$path"); done <"$work/deb-files"
    [ ${#missing_files[@]} -eq 0 ] && pass "all $(wc -l <"$work/deb-files") packaged files are on disk" \
        || fail "packaged files missing after install" "${missing_files[*]}"
    expected_files=(/usr/bin/elson-terminal /usr/bin/elsonctl /usr/bin/elson-sim
        "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        /usr/share/man/man1/elsonctl.1.gz /usr/share/man/man1/elson-sim.1.gz
        /usr/share/man/man1/elson-terminal.1.gz /usr/share/doc/elson-terminal/copyright)
    for size in 16 22 24 32 48 64 128 256 512; do
        expected_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    absent=()
    for path in "${expected_files[@]}"; do grep -qxF "$path" "$work/deb-files" || absent+=("$path"); done
    [ ${#absent[@]} -eq 0 ] && pass "the package holds the programs, desktop file, metainfo, 10 icons, 3 man pages" \
        || fail "not in the package" "${absent[*]}"

    for program in elson-terminal elsonctl elson-sim; do
        description="$(file -b "/usr/bin/$program")"
        case "$description" in
            *", stripped"*) pass "/usr/bin/$program is stripped" ;;
            *) fail "/usr/bin/$program is stripped" "$description" ;;
        esac
        unresolved="$(ldd "/usr/bin/$program" 2>&1 | grep 'not found')"
        [ -z "$unresolved" ] && pass "/usr/bin/$program: every shared library resolves" \
            || fail "/usr/bin/$program: unresolved libraries" "$unresolved"
    done

    # The programs run in a throwaway home, so nothing is written to root's real one.
    run_env=(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
             XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8)
    mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"

    out="$("${run_env[@]}" timeout 20 /usr/bin/elson-terminal --version 2>&1)"
    rc=$?
    if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q "$version"; then
        pass "elson-terminal --version: $out"
        out="$("${run_env[@]}" timeout 20 /usr/bin/elson-terminal --help 2>&1)"
        rc=$?
        [ $rc -eq 0 ] && printf '%s' "$out" | grep -q -- '--version' && pass "elson-terminal --help" \
            || fail "elson-terminal --help exits 0 and lists --version (exit $rc)" "$out"
    elif [ $rc -eq 124 ] && ! grep -q 'addVersionOption' "$ELSON_ROOT/src/app/main.cpp"; then
        # The placeholder window ignores its arguments: it stayed up 20 s offscreen, which at least
        # shows it loads. Once src/app/main.cpp has a --version option this is a hard failure.
        skip "elson-terminal --version: this app has no --version yet (it started and ran 20 s offscreen)"
    else
        fail "elson-terminal --version prints $version and exits 0 (exit $rc)" "$out"
    fi

    out="$("${run_env[@]}" timeout 30 /usr/bin/elsonctl --help 2>&1)"
    rc=$?
    [ $rc -eq 0 ] && printf '%s' "$out" | grep -q 'Usage: elsonctl' && pass "elsonctl --help" \
        || fail "elsonctl --help exits 0 and prints its usage (exit $rc)" "$out"
    out="$("${run_env[@]}" timeout 30 /usr/bin/elsonctl --version 2>&1)"
    [ "$out" = "elsonctl $version" ] && pass "elsonctl --version: $out" || fail "elsonctl --version prints elsonctl $version" "$out"
    out="$("${run_env[@]}" timeout 30 /usr/bin/elsonctl price 1.234 2>&1)"
    rc=$?
    [ $rc -eq 1 ] && printf '%s' "$out" | grep -q '1.23' && pass "elsonctl price 1.234 is refused, nearest valid 1.23" \
        || fail "elsonctl price 1.234 exits 1 naming 1.23 (exit $rc)" "$out"
    out="$("${run_env[@]}" timeout 30 /usr/bin/elson-sim --help 2>&1)"
    rc=$?
    [ $rc -eq 0 ] && printf '%s' "$out" | grep -q -- '--port' && pass "elson-sim --help" \
        || fail "elson-sim --help exits 0 and lists --port (exit $rc)" "$out"
    out="$("${run_env[@]}" timeout 30 /usr/bin/elson-sim --version 2>&1)"
    printf '%s' "$out" | grep -qx "elson-sim $version" && pass "elson-sim --version: $out" \
        || fail "elson-sim --version prints elson-sim $version" "$out"

    # elson-sim for real: start on a free loopback port, ask /sim/health, trade one share through
    # the installed elsonctl, stop it with SIGTERM and expect a clean exit.
    "${run_env[@]}" /usr/bin/elson-sim --port 0 --clock demo >"$work/sim.out" 2>"$work/sim.err" &
    sim_pid=$!
    url=""
    for _ in $(seq 1 100); do # up to 20 s for the "listening on" line
        url="$(sed -n 's/^elson-sim listening on \(http:[^ ]*\)$/\1/p' "$work/sim.out")"
        [ -n "$url" ] || ! kill -0 "$sim_pid" 2>/dev/null && break
        sleep 0.2
    done
    if [ -n "$url" ]; then
        pass "elson-sim starts and listens on $url"
        health="$(curl -fsS --max-time 10 "$url/sim/health" 2>&1)"
        [ $? -eq 0 ] && printf '%s' "$health" | grep -q '{' && pass "GET /sim/health: $health" \
            || fail "GET $url/sim/health answers JSON" "$health"
        sim_env=("${run_env[@]}" ALPACA_PAPER_URL="$url" ALPACA_DATA_URL="$url"
                 ALPACA_API_KEY=ELSONSIMKEY ALPACA_SECRET_KEY=elson-sim-secret ELSON_CONFIG_DIR="$work/elsonctl")
        out="$("${sim_env[@]}" timeout 60 /usr/bin/elsonctl --json order --symbol SPY --side buy --qty 1 --yes 2>&1)"
        rc=$?
        [ $rc -eq 0 ] && pass "elsonctl order --symbol SPY --side buy --qty 1 against the installed elson-sim" \
            || fail "elsonctl order --symbol SPY --side buy --qty 1 against elson-sim (exit $rc)" "$out"
        # …and the order reached that exchange, not elsonctl's embedded one.
        orders="$(curl -fsS --max-time 10 -H 'APCA-API-KEY-ID: ELSONSIMKEY' -H 'APCA-API-SECRET-KEY: elson-sim-secret' \
                  "$url/v2/orders?status=all" 2>&1)"
        printf '%s' "$orders" | grep -q '"symbol":"SPY"' && pass "elson-sim holds the SPY order" \
            || fail "GET /v2/orders?status=all on elson-sim lists the SPY order" "$orders"
        kill -TERM "$sim_pid"
        wait "$sim_pid"
        rc=$?
        sim_pid=""
        [ $rc -eq 0 ] && pass "elson-sim stops cleanly on SIGTERM" \
            || fail "elson-sim exits 0 on SIGTERM (exit $rc)" "$(cat "$work/sim.err")"
    else
        fail "elson-sim prints its listening line within 20 s" "$(cat "$work/sim.out" "$work/sim.err")"
    fi

    check "desktop-file-validate /usr/share/applications/$app_id.desktop" \
        sh -c 'out="$(desktop-file-validate "$1" 2>&1)" && [ -z "$out" ] || { printf "%s\n" "$out"; exit 1; }' \
        sh "/usr/share/applications/$app_id.desktop"
    check "appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml" \
        appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
    # The package's own tree: the metainfo's launchable and icon must resolve to files it ships.
    check "appstreamcli validate-tree --no-net on the unpacked .deb (launchable and icon found)" \
        appstreamcli validate-tree --no-net "$work/tree"
    for page in elsonctl elson-sim elson-terminal; do
        file="/usr/share/man/man1/$page.1.gz"
        rendered="$(MANWIDTH=80 man -l "$file" 2>"$work/man.err")"
        if [ $? -eq 0 ] && [ ! -s "$work/man.err" ] && printf '%s' "$rendered" | grep -q "^NAME"; then
            pass "man -l $file renders without warnings"
        else
            fail "man -l $file renders without warnings" "$(cat "$work/man.err")"
        fi
    done
    [ "$(man -w elsonctl 2>&1)" = /usr/share/man/man1/elsonctl.1.gz ] && pass "man elsonctl finds the installed page" \
        || fail "man -w elsonctl points at /usr/share/man/man1/elsonctl.1.gz" "$(man -w elsonctl 2>&1)"

    remove_log="$work/apt-remove.log"
    if DEBIAN_FRONTEND=noninteractive apt-get remove -y "$name" >"$remove_log" 2>&1; then
        pass "apt-get remove $name"
    else
        fail "apt-get remove $name" "$(tail -20 "$remove_log")"
    fi
    left=()
    while read -r path; do [ -e "$path" ] && left+=("$path"); done <"$work/deb-files"
    for program in elson-terminal elsonctl elson-sim; do [ -e "/usr/bin/$program" ] && left+=("/usr/bin/$program"); done
    [ -d /usr/share/doc/elson-terminal ] && left+=(/usr/share/doc/elson-terminal)
    [ ${#left[@]} -eq 0 ] && pass "nothing of the package is left after removal" \
        || fail "left behind after apt-get remove" "${left[*]}"
    state="$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null)"
    [ -z "$state" ] || [ "$state" = not-installed ] && pass "dpkg: $name not installed, no config files kept" \
        || fail "dpkg status of $name after removal is '$state'"
fi

# --- the .rpm: metadata and file list (rpm can read it here; installing it needs an RPM system)
if [ -n "$rpm_file" ]; then
    info="$(rpm -qip "$rpm_file" 2>/dev/null)"
    printf '%s\n' "$info" | sed 's/^/      /'
    rpm_field() { printf '%s\n' "$info" | sed -n "s/^$1 *: //p" | head -1; }
    for pair in "Name=$name" "Version=$version" "Release=1" "Summary=$summary" "License=$license" "URL=$homepage"; do
        key="${pair%%=*}" want="${pair#*=}"
        got="$(rpm_field "$key")"
        [ "$got" = "$want" ] && pass "rpm $key: $got" || fail "rpm $key is '$want'" "got '$got'"
    done
    rpm -qlp "$rpm_file" 2>/dev/null >"$work/rpm-files"
    absent=()
    for path in /usr/bin/elson-terminal /usr/bin/elsonctl /usr/bin/elson-sim "/usr/share/applications/$app_id.desktop" \
                "/usr/share/metainfo/$app_id.metainfo.xml" /usr/share/man/man1/elsonctl.1.gz; do
        grep -qxF "$path" "$work/rpm-files" || absent+=("$path")
    done
    [ ${#absent[@]} -eq 0 ] && pass "rpm holds the programs, desktop file, metainfo and man page" \
        || fail "rpm lacks" "${absent[*]}"
    # Directories the distribution owns must not be claimed (a conflict with the filesystem package).
    claimed="$(rpm -qlp "$rpm_file" 2>/dev/null | grep -xE '/usr|/usr/bin|/usr/share|/usr/share/(applications|metainfo|man|man/man1|icons|icons/hicolor|icons/hicolor/[^/]+|icons/hicolor/[^/]+/apps|doc)')"
    [ -z "$claimed" ] && pass "rpm claims no system directory" || fail "rpm claims system directories" "$claimed"
    requires="$(rpm -qp --requires "$rpm_file" 2>/dev/null)"
    printf '%s' "$requires" | grep -q '^libsecret' && printf '%s' "$requires" | grep -q '^qt6-qtsvg' \
        && printf '%s' "$requires" | grep -q '^libQt6Core.so.6' \
        && pass "rpm requires libsecret, qt6-qtsvg and the Qt libraries" \
        || fail "rpm requires libsecret, qt6-qtsvg and libQt6Core.so.6" "$requires"
fi

# --- the .tar.gz: one top folder with bin/ and share/
if [ -n "$tgz" ]; then
    tar -tzf "$tgz" >"$work/tgz-files"
    absent=()
    for path in bin/elson-terminal bin/elsonctl bin/elson-sim "share/applications/$app_id.desktop" \
                share/man/man1/elsonctl.1.gz; do
        grep -qxF "$archive_root/$path" "$work/tgz-files" || absent+=("$path")
    done
    [ ${#absent[@]} -eq 0 ] && pass "tar.gz holds $archive_root/{bin,share}" || fail "tar.gz lacks" "${absent[*]}"
fi

finish
