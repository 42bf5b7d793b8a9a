#!/usr/bin/env bash
# The whole test suite: unit and integration (Vitest), then end-to-end (Playwright, Debian's
# chromium) against the production build made from the real pipeline output.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-chromium.sh
npx svelte-kit sync
npx vitest run
npm run --silent data
npx vite build --logLevel warn
npx playwright test
