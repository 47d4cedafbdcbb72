#!/usr/bin/env bash
# `npm run bench`: builds the CLI (the cold-start measurement runs it), starts a private
# PostgreSQL cluster (or uses BENCH_DATABASE_URL), runs bench/run.ts. See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ ! -d node_modules ]]; then npm ci; fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench needs GNU time for peak memory: apt-get install -y time" >&2
  exit 1
fi
npm run build --silent
if [[ -z "${BENCH_DATABASE_URL:-}" ]]; then
  # shellcheck source=scripts/pg-cluster.sh
  source scripts/pg-cluster.sh
  trap pg_cluster_stop EXIT
  trap 'exit 130' INT TERM
  pg_cluster_start
  export BENCH_DATABASE_URL="$PG_CLUSTER_URL"
fi
node --import tsx bench/run.ts
node --import tsx scripts/web-size.ts
