#!/usr/bin/env bash
# The whole test suite: static checks, the default dataset, unit and integration tests (Vitest),
# then end-to-end tests (Playwright, Debian's chromium) against the production build made from
# the real pipeline output.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npx svelte-kit sync
echo "== types" && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings
echo "== lint" && npx prettier --check . && npx eslint .
# The default dataset first: the dashboards' integration tests read the tables the site serves.
echo "== data" && npm run --silent data -- --quiet
echo "== unit and integration" && npx vitest run
echo "== build" && npm run --silent build
echo "== end to end" && npx playwright test
