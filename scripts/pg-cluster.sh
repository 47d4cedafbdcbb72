# A private, throwaway PostgreSQL cluster for tests and benchmarks. Source this file, then:
#   pg_cluster_start   # sets PG_CLUSTER_DIR, PG_CLUSTER_PORT, PG_CLUSTER_URL
#   pg_cluster_stop    # stops it and deletes its directory (safe to call twice)
# It never touches a system cluster: its own data directory, port and socket directory.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_CLUSTER_USER=netzero-pg
PG_CLUSTER_DIR=""

# initdb and postgres refuse to run as root, so as root they run as an unprivileged user.
_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$PG_CLUSTER_USER" -- "$@"
  else
    "$@"
  fi
}

_pg_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

pg_cluster_start() {
  if [[ ! -x "$PG_BIN/initdb" ]]; then
    echo "PostgreSQL server binaries not found in $PG_BIN: install postgresql-15, set PG_BIN," >&2
    echo "or set TEST_DATABASE_URL to a server you already run." >&2
    return 1
  fi
  if [[ $EUID -eq 0 ]] && ! id -u "$PG_CLUSTER_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_CLUSTER_USER"
  fi

  PG_CLUSTER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/netzero-pg.XXXXXX")"
  if [[ $EUID -eq 0 ]]; then chown "$PG_CLUSTER_USER" "$PG_CLUSTER_DIR"; fi
  PG_CLUSTER_PORT="$(_pg_free_port)"

  # Trust auth on 127.0.0.1 only; --no-sync and the durability settings below are safe
  # because the cluster is deleted when the run ends.
  _pg_as_owner "$PG_BIN/initdb" -D "$PG_CLUSTER_DIR/data" -A trust -U postgres \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_CLUSTER_DIR/initdb.log" 2>&1 ||
    { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
  _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/postgres.log" -w \
    -o "-p $PG_CLUSTER_PORT -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null ||
    { cat "$PG_CLUSTER_DIR/postgres.log" >&2; return 1; }

  PG_CLUSTER_URL="postgres://postgres@127.0.0.1:$PG_CLUSTER_PORT/postgres"
  export PG_CLUSTER_DIR PG_CLUSTER_PORT PG_CLUSTER_URL
}

pg_cluster_stop() {
  if [[ -z "$PG_CLUSTER_DIR" ]]; then return 0; fi
  if [[ -f "$PG_CLUSTER_DIR/data/postmaster.pid" ]]; then
    _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$PG_CLUSTER_DIR"
  PG_CLUSTER_DIR=""
}
