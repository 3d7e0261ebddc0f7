#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders elson-terminal.svg into the committed icon files. Run by hand after editing the SVG;
# the build only installs the results, so no SVG renderer is needed to build or package.
#   png/elson-terminal-N.png   hicolor sizes 16…512 (installed on Linux, embedded as window icon)
#   elson-terminal.ico         Windows executable and installer icon (16, 24, 32, 48, 64, 256)
#   elson-terminal.icns        macOS bundle icon (16, 32, 48, 128, 256, 512, 1024)
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

svg=elson-terminal.svg
sizes=(16 22 24 32 48 64 128 256 512)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mkdir -p png
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "png/elson-terminal-$size.png"
done
rsvg-convert --width 1024 --height 1024 --format png "$svg" --output "$tmp/elson-terminal-1024.png"

# -strip drops the time stamps, so re-running on an unchanged SVG changes no committed byte.
convert png/elson-terminal-{16,24,32,48,64,256}.png -strip elson-terminal.ico
png2icns elson-terminal.icns png/elson-terminal-{16,32,48,128,256,512}.png "$tmp/elson-terminal-1024.png" >/dev/null
ls -l png elson-terminal.ico elson-terminal.icns
