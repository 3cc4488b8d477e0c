#!/usr/bin/env bash
# Timer-draining benchmark on SQLite and PostgreSQL (a private cluster, as the tests use).
# Prints one Markdown table row per provider: engine timers/s, bare-SQL timers/s, ratio, peak memory.
# Usage: bench/run.sh [TIMERS]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
start_postgres
dotnet build bench/RequestTracker.Benchmarks -c Release -nologo -clp:ErrorsOnly
echo "| provider | timers | engine timers/s | bare SQL timers/s | engine / bare | peak memory |"
echo "| --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- sqlite "$count" | tail -n 1
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql "$count" "$RT_TEST_POSTGRES" | tail -n 1
