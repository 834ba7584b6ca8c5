#!/usr/bin/env bash
# Runs every test of the solution, installing what it needs first. This is the README's test command.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Card checks use Microsoft's adaptivecards library from npm.
npm ci --prefix tests/cards --no-audit --no-fund
# The end-to-end test chats through the Microsoft 365 Agents Playground.
npm ci --prefix tests/playground --no-audit --no-fund
# The app package is checked against the Teams manifest schemas bundled in @microsoft/app-manifest.
npm ci --prefix tests/manifest --no-audit --no-fund
# The tab's browser tests drive Debian's Chromium through Playwright (never a downloaded browser).
if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
dotnet restore InternBot.sln
dotnet build InternBot.sln --no-restore -c Release
dotnet test InternBot.sln --no-build -c Release
# The tab's front-end unit tests (its node_modules were installed by the build).
npm test --prefix tab/web
