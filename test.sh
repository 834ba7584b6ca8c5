#!/usr/bin/env bash
# Runs every test of the solution, installing what it needs first. This is the README's test command.
# With CI=true (.ci/run sets it) NuGet and npm start from empty, throw-away package caches, so the run fails exactly
# when a new machine would, whatever this machine has cached.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Prerequisites a new machine must bring: the .NET 10 SDK and Node.js 20.19 or later (Vite 7's minimum).
dotnet --list-sdks | grep -q '^10\.' || { echo "test.sh: the .NET 10 SDK is required (dotnet --list-sdks shows none)." >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "test.sh: Node.js 20.19 or later is required (found $(node --version))." >&2; exit 1; }

if [ "${CI:-}" = "true" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  export NUGET_PACKAGES="$scratch/nuget" NUGET_HTTP_CACHE_PATH="$scratch/nuget-http" npm_config_cache="$scratch/npm"
  echo "test.sh: CI=true: empty package caches in $scratch"
fi

# Every npm install comes from a lock file (npm ci).
# Card checks use Microsoft's adaptivecards library.
npm ci --prefix tests/cards --no-audit --no-fund
# The end-to-end test chats through the Microsoft 365 Agents Playground.
npm ci --prefix tests/playground --no-audit --no-fund
# The app package is checked against the Teams manifest schemas bundled in @microsoft/app-manifest.
npm ci --prefix tests/manifest --no-audit --no-fund
# Azure Storage's emulator (Azurite): the shared-store tests start it on free loopback ports.
npm ci --prefix tests/azurite --no-audit --no-fund
# The tab's front end (React, Fluent UI, teams-js, Vite): the .NET build builds it from these.
npm ci --prefix tab/web --no-audit --no-fund
# The tab's browser tests drive Debian's Chromium through Playwright (never a downloaded browser); installing it
# needs root (apt-get).
if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

dotnet restore InternBot.sln
dotnet build InternBot.sln --no-restore -c Release
dotnet test InternBot.sln --no-build -c Release
# The tab's front-end unit tests.
npm test --prefix tab/web
