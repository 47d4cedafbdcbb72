#!/usr/bin/env bash
# The test command (`npm test`): types, lint, formatting, then every test, with each database
# test run on PGlite and on a private PostgreSQL cluster. Extra arguments go to vitest:
#   bash scripts/test.sh src/db
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# 1. Dependencies, when this is a fresh clone.
if [[ ! -d node_modules ]]; then
  npm ci
fi

# 2. Debian packages for browser and document tests (Chromium, LibreOffice, CJK fonts, poppler).
bash scripts/system-packages.sh

# 3. PostgreSQL: use the server TEST_DATABASE_URL names, or start a private throwaway cluster
#    that the EXIT trap stops and deletes however the run ends.
if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
  # shellcheck source=scripts/pg-cluster.sh
  source scripts/pg-cluster.sh
  trap pg_cluster_stop EXIT
  trap 'exit 130' INT TERM # so Ctrl-C and kill also go through the EXIT trap
  pg_cluster_start
  # Tell the test harness where the server is.
  export TEST_DATABASE_URL="$PG_CLUSTER_URL"
fi

# 4. Checks, cheapest first; set -e stops at the first that fails.
echo '== typecheck'
npm run --silent typecheck
echo '== lint'
npx eslint .
echo '== format'
npx prettier --check .
echo '== tests'
npx vitest run "$@"
