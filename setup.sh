#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Kryon: the Debian packages the project uses, the NuGet
# restore, and a build. Safe to run again. Needs the .NET 10 SDK on PATH (the machine image has it).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages. The list grows with the backends (cairo/pango, SDL2, tmux, Xvfb, chromium).
PACKAGES=(python3)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup.sh: the .NET 10 SDK is required (dotnet was not found on PATH)" >&2
  exit 1
fi

dotnet restore Kryon.slnx --nologo -v quiet
dotnet build Kryon.slnx --nologo -v quiet --no-restore -clp:ErrorsOnly
echo "setup.sh: ready. Try: ./kryon check examples/hello.kry"
