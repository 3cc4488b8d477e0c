#!/usr/bin/env bash
# Timer-draining benchmark on SQLite and PostgreSQL (a private cluster, as the tests use), then list paging.
# Prints one Markdown table row per provider: engine timers/s, bare-SQL timers/s committing per timer and per
# chunk of 50 as the engine does, the ratios, peak memory.
# Then the email benchmark: EMAILS request emails delivered to a local smtp4dev by the delivery worker
# vs a bare MailKit loop over one connection.
# Then the scale benchmark: the Release app as a process at demo size and with a million questions.
# Then the takeover benchmark: two app processes on PostgreSQL and one IMAP mailbox, the holder of the
# mailbox and of a batch of timers killed with SIGKILL; how long until the survivor holds them, with the
# default leases (renewed by a heartbeat) and with the old, long unrenewed ones as the baseline.
# Usage: bench/run.sh [TIMERS] [EMAILS]   (defaults 100000 and 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
emails="${2:-10000}"
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
start_postgres
dotnet build bench/RequestTracker.Benchmarks -c Release -nologo -clp:ErrorsOnly
echo "| provider | timers | engine timers/s | bare SQL, commit per timer | engine / bare | bare SQL, commit per 50 | engine / bare | peak memory |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- sqlite "$count" | tail -n 1
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql "$count" "$RT_TEST_POSTGRES" | tail -n 1

# --- keyset paging: first page vs a page deep in the list, 100,000 rows ----------------------------
echo
echo "| provider | list | rows | first page | deep page | deep / first |"
echo "| --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- sqlite 100000 --lists | tail -n 2
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql 100000 "$RT_TEST_POSTGRES" --lists | tail -n 2

# --- timer claims and next wake-up at a small table and at 1,000,000 timers --------------------------
echo
echo "| provider | timers | claim of 100 (small) | claim of 100 (large) | large / small | next wake-up (small) | next wake-up (large) | large / small |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --claims | tail -n 1
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql 1000000 "$RT_TEST_POSTGRES" --claims | tail -n 1

# --- the dashboard's figures at a live workload, then with 1,000,000 questions of history ----------------
echo
echo "| provider | questions | figures (live only) | figures (with history) | history / live | full count (live only) | full count (with history) | history / live |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --figures | tail -n 1
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql 1000000 "$RT_TEST_POSTGRES" --figures | tail -n 1

# --- the app at demo size and with 1,000,000 questions: pages, API, timer lateness, drain ------------------
dotnet build src/RequestTracker.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
for scale_provider in sqlite postgresql; do
  echo
  dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- "$scale_provider" 1000000 "$RT_TEST_POSTGRES" --scale | tail -n 22
done

# --- email delivery -------------------------------------------------------------------------------
dotnet tool restore >/dev/null
smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
smtp_log=$(mktemp)
dotnet tool run smtp4dev -- --urls=http://127.0.0.1:0 --smtpport="$smtp_port" --imapport= --pop3port= --db= \
  --nousersettings --messagestokeep=100 --bindaddress=127.0.0.1 --disableipv6 >"$smtp_log" 2>&1 &
smtp_pid=$!
# Keeps postgres.sh's own EXIT trap: replacing it left the benchmark's PostgreSQL cluster running.
trap 'kill $smtp_pid 2>/dev/null || true; stop_postgres' EXIT
for _ in $(seq 1 120); do
  grep -q "SMTP Server is listening" "$smtp_log" && break
  sleep 0.5
done
echo
echo "| delivery | emails | worker emails/s | bare MailKit emails/s | worker / bare | peak memory |"
echo "| --- | --- | --- | --- | --- | --- |"
dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- mail "$emails" "$smtp_port" | tail -n 1

# --- takeover after kill -9 ---------------------------------------------------------------------------
imap_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
imap_smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
imap_log=$(mktemp)
dotnet tool run smtp4dev -- --urls=http://127.0.0.1:0 --smtpport="$imap_smtp_port" --imapport="$imap_port" --pop3port= --db= \
  --nousersettings --messagestokeep=100 --bindaddress=127.0.0.1 --disableipv6 --user=rt=rt-password >"$imap_log" 2>&1 &
imap_pid=$!
trap 'kill $smtp_pid $imap_pid 2>/dev/null || true; stop_postgres' EXIT
for _ in $(seq 1 120); do
  (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && break
  sleep 0.5
done
echo
echo "| leases (timers / mailbox) | timers held by the victim | survivor holds them after | survivor holds the mailbox after |"
echo "| --- | --- | --- | --- |"
dotnet build src/RequestTracker.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
for leases in "10 10" "60 120"; do
  # shellcheck disable=SC2086
  dotnet run -c Release --no-build --project bench/RequestTracker.Benchmarks -- postgresql 2000 "$RT_TEST_POSTGRES" --takeover $leases "$imap_port" | tail -n 1
done
