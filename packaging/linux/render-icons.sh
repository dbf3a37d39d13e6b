#!/usr/bin/env bash
# Renders resources/icons/marquee.svg into every bitmap icon the packages use, and is run by hand after the SVG
# changes (commit the results: building needs none of these tools):
#   resources/icons/marquee-{16,32,48,64,128,256}.png   hicolor theme (Linux) and the window icon
#   packaging/windows/marquee.ico                       marquee.exe and the installer
#   packaging/macos/marquee.icns                        Marquee.app
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
icons="$root/resources/icons"
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" "$icons/marquee.svg" --output "$icons/marquee-$size.png"
done
convert "$icons"/marquee-{16,32,48,256}.png "$root/packaging/windows/marquee.ico"
# An .icns file is a header and a list of (type, length, PNG) entries; iconutil exists only on macOS.
python3 - "$icons" "$root/packaging/macos/marquee.icns" <<'PY'
import struct, sys
icons, target = sys.argv[1], sys.argv[2]
body = b""
for size, kind in ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08")):
    data = open(f"{icons}/marquee-{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(target, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "Rendered the PNGs, marquee.ico and marquee.icns"
