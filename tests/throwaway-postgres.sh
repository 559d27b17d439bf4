# Sourced by test.sh: a throwaway PostgreSQL server for the cluster-mode tests.
#
# start_throwaway_postgres installs Debian's postgresql package when no server binaries are present, creates a
# cluster in a fresh temporary directory, starts it on a free loopback port and exports HUB_TEST_POSTGRES (an
# Npgsql connection string to its `postgres` database; the tests create their own databases). It returns non-zero,
# leaving HUB_TEST_POSTGRES unset, when it cannot. stop_throwaway_postgres stops the server and removes the
# directory. Nothing outlives the run, so running the tests again (or twice at once) starts from scratch.

hub_pg_dir=""
hub_pg_bin=""

hub_pg_find_bin() {
  hub_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$hub_pg_bin" ] && [ -x "$hub_pg_bin/initdb" ] && [ -x "$hub_pg_bin/pg_ctl" ]
}

# Runs a server binary as the `postgres` user when we are root (the server refuses to run as root).
hub_pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

hub_pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_throwaway_postgres() {
  if ! hub_pg_find_bin; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "PostgreSQL is not installed and installing it needs root: apt-get install postgresql" >&2
      return 1
    fi
    echo "Installing Debian's postgresql package for the cluster-mode tests..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
    hub_pg_find_bin || return 1
  fi

  hub_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/hub-test-pg.XXXXXX") || return 1
  [ "$(id -u)" -eq 0 ] && chown postgres: "$hub_pg_dir"
  chmod 700 "$hub_pg_dir"
  if ! hub_pg_run "$hub_pg_bin/initdb" -D "$hub_pg_dir/data" -U postgres -A trust -E UTF8 --no-sync >"$hub_pg_dir/initdb.log" 2>&1; then
    echo "initdb failed:" >&2; cat "$hub_pg_dir/initdb.log" >&2
    return 1
  fi

  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    hub_pg_port_free "$port" || continue
    # A throwaway server: no durability, socket in our own directory, reachable on loopback only.
    if hub_pg_run "$hub_pg_bin/pg_ctl" -D "$hub_pg_dir/data" -l "$hub_pg_dir/server.log" -w -t 60 start \
        -o "-p $port -k $hub_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        >/dev/null 2>&1; then
      export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "Throwaway PostgreSQL on 127.0.0.1:$port ($("$hub_pg_bin/postgres" --version))" >&2
      return 0
    fi
  done

  echo "PostgreSQL did not start:" >&2; tail -n 20 "$hub_pg_dir/server.log" >&2 2>/dev/null
  return 1
}

stop_throwaway_postgres() {
  if [ -n "$hub_pg_dir" ] && [ -d "$hub_pg_dir" ]; then
    [ -f "$hub_pg_dir/data/postmaster.pid" ] && hub_pg_run "$hub_pg_bin/pg_ctl" -D "$hub_pg_dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$hub_pg_dir"
  fi
  hub_pg_dir=""
  unset HUB_TEST_POSTGRES
}
