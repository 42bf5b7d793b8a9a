#!/usr/bin/env bash
# Runs every benchmark; each prints `BENCH <name> <value> <unit>` lines.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
if [ ! -f build/index.html ]; then
	npm run --silent data
	npm run --silent build
fi
for bench in bench/*.ts; do
	echo "# $bench"
	npx tsx "$bench"
done
