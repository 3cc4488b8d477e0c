# Sourced by test.sh and bench/run.sh: installs PostgreSQL if missing and starts a private cluster on
# a free loopback port, exporting RT_TEST_POSTGRES (its admin connection string). Stopped on exit.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2; return 1
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ]; then
    echo "== installing PostgreSQL"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi

  pg_data=$(mktemp -d /tmp/rt-pg.XXXXXX)
  pg_port=$(free_port)
  # PostgreSQL refuses to run as root: the private cluster runs as the postgres user the package made.
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_data"; fi
  as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust --no-sync >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
  trap stop_postgres EXIT
  export RT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
  echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
}

stop_postgres() { as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_data"; }
