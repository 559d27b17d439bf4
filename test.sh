#!/usr/bin/env bash
# Runs every test of the hub: builds the solution, runs the xunit suite, and prints the count as its last line.
# Installs what the tests need from Debian's packages where it is missing: PostgreSQL, Node.js, Chromium, Python's
# cryptography and openssl.
# The cluster-mode tests get a throwaway PostgreSQL server (installed from Debian's packages when missing), which
# is stopped and removed at the end. Safe to run again. Usage: bash test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

source tests/throwaway-postgres.sh
trap stop_throwaway_postgres EXIT
if ! start_throwaway_postgres; then
  # The PostgreSQL tests then fail under CI (CI=true) and are reported as skipped elsewhere.
  echo "No PostgreSQL for the cluster-mode tests." >&2
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# The interop tests run the Node.js department client in clients/node-department: install Node.js from
# Debian's packages where it is missing, then the client's locked packages.
if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error --prefix clients/node-department >/dev/null \
  || echo "npm ci in clients/node-department failed: the interop tests will fail" >&2

# The browser tests drive Debian's Chromium headless (Playwright, given its executable: it cannot download its own
# here); the CJK fonts let the pages' Chinese render, in the screenshots the tests save under artifacts/screenshots.
if ! dpkg -s chromium chromium-driver fonts-noto-cjk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null \
    || echo "Installing chromium failed: the browser tests will fail" >&2
fi

# The hand-off log tests verify the hub's logs as an auditor would, with Python's cryptography and openssl.
if ! python3 -c "import cryptography" >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-cryptography openssl >/dev/null \
    || echo "Installing python3-cryptography failed: the hand-off log tests will fail" >&2
fi

# --blame: should the test host die (a native crash, a fail-fast), the log names the tests that were running.
dotnet test Hub.sln --configuration Release --blame \
  --logger "trx;LogFilePrefix=hub" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any result was written
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
