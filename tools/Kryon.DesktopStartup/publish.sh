#!/usr/bin/env bash
# Publishes the kryon command in the two start-up-optimised forms issue 7 measures, for
# measure.sh to time side by side:
#
#   tools/Kryon.DesktopStartup/publish.sh aot [out-dir]   native AOT: one native executable, no JIT
#   tools/Kryon.DesktopStartup/publish.sh r2r [out-dir]   ReadyToRun: precompiled IL on the shared runtime
#
# then e.g. tools/Kryon.DesktopStartup/measure.sh 7 -- /tmp/kryon-aot/kryon
# Native AOT needs clang and zlib's headers (apt-get install clang zlib1g-dev); the SDK fetches the
# ILCompiler package that matches it from NuGet. The build takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:-}
case "$kind" in
  aot) props=(-p:PublishAot=true) ;;
  r2r) props=(-p:PublishReadyToRun=true --self-contained false) ;;
  *) echo "usage: $0 aot|r2r [out-dir]" >&2; exit 2 ;;
esac
out=${2:-/tmp/kryon-$kind}
dotnet publish src/Kryon.Cli -c Release -r linux-x64 "${props[@]}" --artifacts-path "/tmp/kryon-publish-$kind" -o "$out" -v q -clp:ErrorsOnly
echo "published $out/kryon ($(du -h "$out/kryon" | cut -f1))"
