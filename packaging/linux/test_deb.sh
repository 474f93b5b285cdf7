#!/usr/bin/env bash
# Install the .deb as a host would, check it, run the smoke test on the installed program, remove it.
# Needs root (or sudo) and a display or xvfb-run: `make deb-test` (after `make deb`).
set -euo pipefail
cd "$(dirname "$0")/../.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
PYTHON=${PYTHON:-.venv/bin/python}
DEB=$(ls -t dist/checkin_*.deb | head -1)

$SUDO apt-get install -y -o DPkg::Lock::Timeout=300 "./$DEB"
test -x /usr/bin/checkin
test -f /usr/share/icons/hicolor/16x16/apps/checkin.png
test -f /usr/share/icons/hicolor/scalable/apps/checkin.svg
desktop-file-validate /usr/share/applications/checkin.desktop
echo "installed: $DEB; desktop entry valid"

status=0
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x900x24" "$PYTHON" packaging/smoke_test.py --bin /usr/bin --out build/smoke-deb || status=$?
else
  "$PYTHON" packaging/smoke_test.py --bin /usr/bin --out build/smoke-deb || status=$?
fi

$SUDO apt-get remove -y -o DPkg::Lock::Timeout=300 checkin
if [ -e /opt/checkin ] || [ -e /usr/bin/checkin ] || [ -e /usr/share/applications/checkin.desktop ]; then
  echo "the package left files behind after apt remove" >&2
  exit 1
fi
echo "removed again"
exit "$status"
