#!/usr/bin/env bash
# Mutation testing with Stryker.NET (from the tool manifest) against the fast tests:
#   scripts/mutation.sh legal     the legal core: Definitions/Calendars (deadline arithmetic, the Deadline value and its formats) and Definitions/Laws
#   scripts/mutation.sh runtime   the runtime's rules: TriggerEffects, Standing, LadderPlan, the instance's deadline setters
#   scripts/mutation.sh engine    the engine (WorkflowEngine, WorkflowTransition, EmailQueue, TimerFiring) and the letter composer (MailComposer, LetterContext)
# Prints Stryker's table and the score; the HTML/JSON reports land in artifacts/mutation/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-legal}"
case "$target" in
  legal)   mutate=(-m "**/Definitions/Calendars/*.cs" -m "**/Definitions/Laws/*.cs") ;;
  runtime) mutate=(-m "**/Runtime/TriggerEffects.cs" -m "**/Runtime/Standing.cs" -m "**/Runtime/LadderPlan.cs" -m "**/Runtime/WorkflowInstance.cs" -m "**/Runtime/DeadlineDaysBackfill.cs") ;;
  engine)  mutate=(-m "**/Runtime/WorkflowEngine.cs" -m "**/Runtime/WorkflowTransition.cs" -m "**/Runtime/EmailQueue.cs" -m "**/Runtime/TimerFiring.cs" -m "**/Mail/MailComposer.cs" -m "**/Mail/LetterContext.cs") ;;
  *) echo "usage: scripts/mutation.sh legal|runtime|engine" >&2; exit 2 ;;
esac
dotnet tool restore >/dev/null
out="$(pwd)/artifacts/mutation/$target"
rm -rf "$out"
mkdir -p "$out"
cd tests/RequestTracker.Tests
# Load the shipped definitions afresh on every use (tests/RequestTracker.Tests/ShippedDefinitions.cs), so
# a mutant in the loader or a calendar's cache is not hidden behind a catalog loaded before it was active.
export RT_TEST_FRESH_DEFINITIONS=1
dotnet stryker --project RequestTracker.csproj "${mutate[@]}" --concurrency 2 \
  --reporter cleartext --reporter json --reporter html --output "$out" --break-at 0
