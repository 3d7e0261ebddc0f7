#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# cli_vs_curl: the whole-process time of `elsonctl order buy AAPL --qty 1 --yes` against
# curl POSTing the same JSON body to the same running elson-sim (the ratio is the figure).
#   bench/cli_vs_curl.sh [BIN_DIR] [RUNS]      (defaults: build/bench/bin, 20)
# elsonctl does what it always does for an order: reads the account, asset, positions,
# orders, clock and quote, runs the validation chain, journals the intent, POSTs, and
# journals the answer. curl only POSTs. Both run alternately against one elson-sim on
# 127.0.0.1 (demo key pair, rate limit lifted so the runs are never throttled); each
# figure is the median wall time of RUNS processes, measured by this shell. Two more rows
# show where elsonctl's time goes: `elsonctl version` (process start and exit only) and
# `elsonctl order … --dry-run` (everything but the POST and its journal records).
# Prints Markdown table rows; never asserts on time. Exits non-zero if a run fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/bench/bin}"
runs="${2:-20}"
elsonctl="$bin/elsonctl"
sim="$bin/elson-sim"
for program in "$elsonctl" "$sim"; do
    [ -x "$program" ] || { echo "cli_vs_curl: $program is missing (build elsonctl and elson-sim)" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "cli_vs_curl: curl is not installed" >&2; exit 2; }

work="$(mktemp -d)"
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

key=ELSONSIMKEY
secret=elson-sim-secret
"$sim" --host 127.0.0.1 --port 0 --key "$key" --secret "$secret" --rate-limit 1000000 --cash 100000000 \
    >"$work/sim.log" 2>&1 &
sim_pid=$!
url=""
for _ in $(seq 1 100); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/sim.log" | head -n1 || true)"
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "cli_vs_curl: elson-sim did not start:" >&2; cat "$work/sim.log" >&2; exit 1; }

# elsonctl on the paper profile pointed at the simulator; its files in a scratch folder.
cli_env=(env -i PATH="$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
         XDG_DATA_HOME="$work/home/.local/share" LANG=C.UTF-8
         ALPACA_PAPER_URL="$url" ALPACA_DATA_URL="$url"
         ALPACA_API_KEY="$key" ALPACA_SECRET_KEY="$secret"
         ELSON_CONFIG_DIR="$work/config" ELSON_AUDIT_LOG="$work/config/audit.jsonl")
mkdir -p "$work/home" "$work/config"
order=(order buy AAPL --qty 1 --yes)

# The body elsonctl would send, from its own dry run; curl gets it with a fresh
# client_order_id each time (the exchange refuses a duplicate one, as Alpaca does).
"${cli_env[@]}" "$elsonctl" "${order[@]}" --dry-run >"$work/dry.txt" 2>&1 || {
    echo "cli_vs_curl: elsonctl --dry-run failed:" >&2; cat "$work/dry.txt" >&2; exit 1; }
body="$(grep -o '{.*}' "$work/dry.txt" | grep '"symbol"' | tail -n1 || true)"
[ -n "$body" ] || { echo "cli_vs_curl: no request body in the dry run:" >&2; cat "$work/dry.txt" >&2; exit 1; }
case "$body" in *'"client_order_id"'*) ;; *) echo "cli_vs_curl: the body has no client_order_id: $body" >&2; exit 1;; esac

now_us() { local t="$EPOCHREALTIME"; echo "${t/./}"; }

run_cli() { # extra elsonctl arguments…
    local start end
    start="$(now_us)"
    "${cli_env[@]}" "$elsonctl" "$@" >"$work/cli.out" 2>&1 || {
        echo "cli_vs_curl: elsonctl $* failed:" >&2; cat "$work/cli.out" >&2; exit 1; }
    end="$(now_us)"
    echo $((end - start))
}

n=0
run_curl() {
    n=$((n + 1))
    local payload start end code
    payload="$(printf '%s' "$body" | sed -E "s/\"client_order_id\":\"[^\"]*\"/\"client_order_id\":\"bench-curl-$$-$n\"/")"
    start="$(now_us)"
    code="$(curl -s -o "$work/curl.out" -w '%{http_code}' -X POST \
        -H "APCA-API-KEY-ID: $key" -H "APCA-API-SECRET-KEY: $secret" -H 'Content-Type: application/json' \
        --data "$payload" "$url/v2/orders")"
    end="$(now_us)"
    [ "$code" = 200 ] || { echo "cli_vs_curl: curl got HTTP $code: $(cat "$work/curl.out")" >&2; exit 1; }
    echo $((end - start))
}

median_ms() { # microsecond values on stdin → "median min max" in ms
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%.1f %.1f %.1f\n", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}

# Warm-up: the binaries and libraries into the page cache, the exchange's first orders.
run_cli "${order[@]}" >/dev/null
run_curl >/dev/null
: >"$work/cli.times"; : >"$work/curl.times"; : >"$work/version.times"; : >"$work/dry.times"
for _ in $(seq 1 "$runs"); do
    run_cli "${order[@]}" >>"$work/cli.times"
    run_curl >>"$work/curl.times"
done
for _ in $(seq 1 "$runs"); do
    run_cli version >>"$work/version.times"
    run_cli "${order[@]}" --dry-run >>"$work/dry.times"
done

read -r cli_med cli_min cli_max < <(median_ms <"$work/cli.times")
read -r curl_med curl_min curl_max < <(median_ms <"$work/curl.times")
read -r version_med _ _ < <(median_ms <"$work/version.times")
read -r dry_med _ _ < <(median_ms <"$work/dry.times")
submitted="$(curl -s -H "APCA-API-KEY-ID: $key" -H "APCA-API-SECRET-KEY: $secret" "$url/sim/stats" \
    | grep -o '"orders_submitted": *[0-9]*' | grep -o '[0-9]*$' || echo unknown)"
ratio="$(awk -v a="$cli_med" -v b="$curl_med" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')"

echo "cli_vs_curl: elsonctl vs curl against one elson-sim at $url ($runs runs each, alternating)"
echo "  body: $body"
echo "  orders the exchange accepted: $submitted (expected $((2 * runs + 2)))"
echo
echo "| Figure | Value | Note |"
echo "|---|---|---|"
printf '| %-66s | %10s %-8s | %s |\n' "elsonctl order buy AAPL --qty 1 --yes (whole process)" "$cli_med" ms \
    "median of $runs; min $cli_min, max $cli_max ms; reads, validates, journals, POSTs"
printf '| %-66s | %10s %-8s | %s |\n' "curl POST /v2/orders, the same body" "$curl_med" ms \
    "median of $runs; min $curl_min, max $curl_max ms"
printf '| %-66s | %10s %-8s | %s |\n' "ratio elsonctl / curl" "$ratio" x "the figure"
printf '| %-66s | %10s %-8s | %s |\n' "  elsonctl version (process start and exit only)" "$version_med" ms "median of $runs"
printf '| %-66s | %10s %-8s | %s |\n' "  elsonctl order ... --dry-run (all but the POST)" "$dry_med" ms "median of $runs"
