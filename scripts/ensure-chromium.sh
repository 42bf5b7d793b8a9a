#!/usr/bin/env bash
# End-to-end tests drive Debian's chromium; npm packages never download a browser here.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "chromium is missing at $CHROMIUM: installing Debian's package" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
	echo "Install it with: apt-get install chromium (as root), or set CHROMIUM_PATH" >&2
	exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "chromium still missing at $CHROMIUM" >&2; exit 1; }
