#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Kryon: the Debian packages the project uses, the NuGet
# restore, and a build. Safe to run again. Needs the .NET 10 SDK on PATH (the machine image has it).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages. The list grows with the backends (SDL2, tmux, Xvfb, chromium).
# Raster backend (src/Kryon.Backends.Cairo): cairo + Pango (+ GLib), GdkPixbuf for JPEG images,
# and DejaVu so text has a known font on a fresh machine.
PACKAGES=(python3
  libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libglib2.0-0 libgdk-pixbuf-2.0-0 fonts-dejavu-core)
PACKAGES+=(libsdl2-2.0-0 xvfb xdotool imagemagick x11-utils)  # desktop platform and its E2E tests
PACKAGES+=(tmux)  # terminal platform E2E tests
PACKAGES+=(chromium)  # web platform E2E tests (Playwright drives the system Chromium)
PACKAGES+=(neovim)  # language server E2E test (Neovim's built-in LSP client)
# JavaScript scripts run on Node.js 18 or newer, Python scripts on python3 (above); a machine
# image that brings its own node keeps it.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
# The VS Code extension builds with npm (Debian ships it apart from nodejs).
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

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

# The VS Code extension (editors/vscode): its npm packages from the registry, then its bundle.
(cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)

dotnet restore Kryon.slnx --nologo -v quiet
dotnet build Kryon.slnx --nologo -v quiet --no-restore -clp:ErrorsOnly
echo "setup.sh: ready. Try: ./kryon render examples/counter.kry -o counter.png, or ./kryon run examples/greeter.kry --headless --events examples/greeter.events.json --dump-state"
