# Shared by scripts/test and scripts/convene: find a Postgres that answers, or run one of our own.
# Sourced, not executed. Functions print what they do on stderr.

say() { echo "[convene] $*" >&2; }

# db_answers URL: true when a server answers at URL.
db_answers() {
  local url=$1
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -d "$url" -t 3 >/dev/null 2>&1 && return 0
    return 1
  fi
  if command -v psql >/dev/null 2>&1; then
    psql "$url" -XAtqc 'SELECT 1' >/dev/null 2>&1 && return 0
  fi
  return 1
}

# pg_bindir: the directory holding initdb/pg_ctl, installing PostgreSQL when we can.
pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null)
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL server programs are missing: installing Debian's postgresql package"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 || return 1
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && { echo "$dir"; return 0; }
  fi
  return 1
}

explain_missing_postgres() {
  say "I need a PostgreSQL server and found none."
  say "Either point me at one:   export CONVENE_DATABASE_URL=postgres://user:pass@host:5432/db"
  say "or install the server programs (initdb, pg_ctl), e.g.: sudo apt-get install postgresql"
}

# free_port: a TCP port nobody listens on (random, so concurrent runs rarely collide).
free_port() {
  local port tries
  for tries in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# as_owner CMD...: run as the postgres user when we are root (initdb refuses root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_cluster DATADIR PORT: initialise (if new) and start a local cluster on 127.0.0.1:PORT.
start_cluster() {
  local data=$1 port=$2 bindir
  bindir=$(pg_bindir) || { explain_missing_postgres; return 1; }
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    say "running as root needs a 'postgres' user to own the cluster"; return 1
  fi
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data" "$(dirname "$data")"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-instructions >/dev/null || return 1
  fi
  as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null || {
      say "the database did not start; its log:"; tail -n 20 "$data/server.log" >&2; return 1; }
}

# stop_cluster DATADIR
stop_cluster() {
  local bindir
  bindir=$(pg_bindir) || return 0
  as_owner "$bindir/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}
