#!/usr/bin/env bash
# Verifies the pacts the consumer tests wrote (contract-tests/target/pacts) against the mock's jar with
# Pact's Rust core, through pact-js: once without teardown, as non-JVM verifiers run by default, and once
# with it. Each run gets a fresh jar on a free port, stopped by its PID whatever happens.
# Needs `mvn -B verify` (or package) first. Without Node.js it says so and skips, except in CI ($CI set).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/mock-server/target/kaiten-mock-server.jar"
pacts="$root/contract-tests/target/pacts"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ -n "${CI:-}" ]; then
    echo "node-verifier: Node.js (node and npm) not found; CI needs it for the Rust-core Pact verification" >&2
    exit 1
  fi
  echo "node-verifier: Node.js not found: skipping the Rust-core Pact verification (CI runs it)" >&2
  exit 0
fi
[ -f "$jar" ] || { echo "node-verifier: $jar is missing: run mvn -B verify first" >&2; exit 1; }

# No usage metrics from Pact's core or the packages' install scripts.
export PACT_DO_NOT_TRACK=true pact_do_not_track=true SCARF_ANALYTICS=false
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

mock_pid=""
stop_mock() {
  if [ -n "$mock_pid" ]; then
    kill "$mock_pid" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
    mock_pid=""
  fi
}
trap stop_mock EXIT
trap 'exit 130' INT TERM

# Starts the jar on a free port and sets $origin from the URL its banner prints.
start_mock() {
  local log="$1"
  java -XX:+UseSerialGC -Xmx256m -jar "$jar" --port 0 >"$log" 2>&1 &
  mock_pid=$!
  origin=""
  for _ in $(seq 1 600); do
    origin="$(sed -n 's#^ *Admin: *\(http://[^ ]*\)/__admin.*#\1#p' "$log" | head -n 1)"
    [ -n "$origin" ] && return 0
    if ! kill -0 "$mock_pid" 2>/dev/null; then
      echo "node-verifier: the mock exited before listening:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "node-verifier: the mock printed no admin URL within 60 s:" >&2
  cat "$log" >&2
  return 1
}

logs="$(mktemp -d)"
for teardown in "" "--teardown"; do
  start_mock "$logs/mock${teardown}.log"
  node "$here/verify.js" --provider "$origin" --pacts "$pacts" $teardown
  stop_mock
done
rm -rf "$logs"
