#!/usr/bin/env bash
# Two InternBot instances sharing one Azure Storage emulator (Azurite, in memory), behind a round-robin router that
# sends each request to the other instance: chat at http://localhost:3980/api/messages and every turn is served by
# another process, with one conversation's state, duplicates and unanswered questions shared. Ctrl+C stops all.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -f tests/azurite/node_modules/azurite/dist/src/azurite.js ] || npm ci --prefix tests/azurite --no-audit --no-fund
dotnet build bot -c Release --nologo -v quiet

trap 'kill $(jobs -p) 2>/dev/null || true' EXIT INT TERM
node tests/azurite/node_modules/azurite/dist/src/azurite.js --silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck \
  --blobPort 10000 --queuePort 10001 --tablePort 10002 &

wait_for() { for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "$1 does not answer" >&2; exit 1; }

export Storage__Provider=AzureStorage Storage__AzureStorage__ConnectionString=UseDevelopmentStorage=true
for port in 3978 3979; do
  dotnet run --project bot -c Release --no-build -- --urls "http://localhost:$port" &
  # One at a time: the first creates the tables and seeds the local applications file.
  wait_for "http://localhost:$port/healthz/ready"
done

node infra/local/round-robin.mjs 3980 3978 3979 &
sleep 0.5
cat <<TEXT

Two instances (:3978, :3979) share Azurite; the router on :3980 alternates between them.
Chat:  npx @microsoft/m365agentsplayground -e http://localhost:3980/api/messages -c msteams
or:    curl -si localhost:3980/api/messages -H 'content-type: application/json' -d '{"type":"message","id":"1","text":"deadline for NDS","channelId":"msteams","serviceUrl":"http://localhost:1/","from":{"id":"29:me"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"deliveryMode":"expectReplies"}'
       then the same with "id":"2","text":"and the tasks?" (the x-internbot-instance header names who answered).
TEXT
wait
