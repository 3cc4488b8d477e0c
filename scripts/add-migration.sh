#!/usr/bin/env bash
# Adds a migration of the same name to all three provider assemblies (SQLite, SQL Server, PostgreSQL).
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh NameOfChange}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="src/RequestTracker.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context AppDbContext --output-dir Migrations
done
