#!/usr/bin/env bash
# The Debian/Ubuntu package from the PyInstaller build (run `make dist` first; `make deb` does both).
#   /opt/checkin/            the built program (its own Python, Qt and packages: nothing shared)
#   /usr/bin/checkin         a link to it: the command line and the window
#   /usr/share/applications/checkin.desktop, /usr/share/icons/hicolor/*/apps/checkin.{png,svg}
# Output: dist/checkin_VERSION_ARCH.deb. Install with `sudo apt install ./dist/checkin_*.deb`,
# remove with `sudo apt remove checkin` (the data folder in the user's home stays).
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
# The build runs on any system with the C library of this one or newer (build on the oldest one
# to reach: the workflow uses Ubuntu 22.04, glibc 2.35, for Debian 12 and Ubuntu 22.04 on).
GLIBC=$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)
BUILT=dist/checkin
STAGE=build/deb/checkin_${VERSION}_${ARCH}
OUT=dist/checkin_${VERSION}_${ARCH}.deb

[ -x "$BUILT/checkin" ] || { echo "$BUILT/checkin not found: run 'make dist' first" >&2; exit 1; }

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/checkin" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUILT" "$STAGE/opt/checkin"
ln -s /opt/checkin/checkin "$STAGE/usr/bin/checkin"
install -m 644 packaging/checkin.desktop "$STAGE/usr/share/applications/checkin.desktop"
for png in resources/icons/png/checkin-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/checkin.png"
done
install -m 644 resources/icons/checkin.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/checkin.svg"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: checkin"
  echo
  echo "Files: *"
  echo "License: EUPL-1.2"
  echo
  echo "License: EUPL-1.2"
  sed -e 's/^$/./' -e 's/^/ /' LICENSE
} > "$STAGE/usr/share/doc/checkin/copyright"
printf 'checkin (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Ontmoetingsplek Check-in <checkin@example.org>  %s\n' \
  "$VERSION" "$VERSION" "$(date -R)" | gzip -9n > "$STAGE/usr/share/doc/checkin/changelog.gz"
# What lintian says of any self-contained program in /opt (Debian's archive rules, not ours).
mkdir -p "$STAGE/usr/share/lintian/overrides"
cat > "$STAGE/usr/share/lintian/overrides/checkin" <<'OVERRIDES'
# A self-contained PyInstaller build installed under /opt: its own Python, Qt and libraries.
checkin: dir-or-file-in-opt
checkin: embedded-library
checkin: unstripped-binary-or-object
checkin: shared-library-is-executable
checkin: shared-library-lacks-prerequisites
checkin: custom-library-search-path
checkin: library-not-linked-against-libc
checkin: hardening-no-pie
checkin: missing-depends-on-sensible-utils
checkin: duplicate-font-file
checkin: no-manual-page
OVERRIDES
find "$STAGE" -type d -exec chmod 755 {} +

# The built program brings its own libraries except the system's C library, OpenGL/EGL, X and Wayland.
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: checkin
Version: $VERSION
Architecture: $ARCH
Maintainer: Ontmoetingsplek Check-in <checkin@example.org>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC), libgl1, libegl1, libxcb1, libdrm2, libwayland-client0, libwayland-cursor0
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Description: Check-in, flyers and anonymous figures for parent meeting places
 Ontmoetingsplek Check-in lets volunteer hosts check families in at a parent
 meeting place (ontmoetingsplek), print flyers and family cards, and export
 anonymous figures. Its data stays on this computer.
CONTROL

dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$OUT" >/dev/null
echo "$OUT ($(du -h "$OUT" | cut -f1))"
