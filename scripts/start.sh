#!/usr/bin/env bash
# Builds the data and the site, then serves the production build on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent data
npm run --silent build
exec npx tsx scripts/serve.ts --dir build "$@"
