#!/usr/bin/env bash
# The default dataset: synthetic provider records from the seeded generator (made once, labelled
# synthetic everywhere) plus the real official statistics from ../shared/data, through the
# pipelines into static/data.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS="${UPTAKE_RECORDS:-200000}"
SEED="${UPTAKE_SEED:-20220616}"
TO_YEAR="${UPTAKE_TO_YEAR:-$(date -u +%Y)}"
AS_OF="${UPTAKE_AS_OF:-$(date -u +%Y-%m-%d)}"
SHARED="${UPTAKE_SHARED_DATA:-../shared/data}"
SYNTHETIC=".uptake/synthetic-${RECORDS}-${SEED}-${AS_OF}"

if [ ! -f "$SYNTHETIC/manifest.json" ]; then
	rm -rf .uptake/synthetic-*
	echo "generating $RECORDS synthetic records (seed $SEED) into $SYNTHETIC" >&2
	npx tsx generator/cli.ts --records "$RECORDS" --seed "$SEED" --to-year "$TO_YEAR" \
		--as-of "$AS_OF" --data-dir "$SHARED" --out "$SYNTHETIC" --quiet
fi

DIRS=(--data-dir "$SYNTHETIC")
if [ -d "$SHARED" ]; then
	DIRS+=(--data-dir "$SHARED")
else
	echo "note: $SHARED not found: the official statistics (Eurostat) are not published;" \
		"set UPTAKE_SHARED_DATA to their folder" >&2
fi
exec npm run --silent pipelines -- "${DIRS[@]}" --today "$AS_OF" "$@"
