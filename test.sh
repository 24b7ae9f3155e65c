#!/usr/bin/env bash
# Runs every test project of the solution and prints one closing line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test Kryon.slnx --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build error fails the run too
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
