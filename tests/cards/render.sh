#!/usr/bin/env bash
# Renders the bot's cards to PNG for the README (docs/cards): exports the card gallery (kept with the bot's tests), then draws
# each card with Microsoft's adaptivecards library in headless Chromium (Debian's chromium package).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
INTERNBOT_EXPORT_CARDS=/tmp/internbot-cards.json dotnet test ../InternBot.Bot.Tests -v quiet --filter "FullyQualifiedName~CardGalleryExport"
node render.mjs /tmp/internbot-cards.json ../../docs/cards "${1:-^(welcome|help|vacancy-list|vacancy-nds|answer-Grant|answer-same-for-all|choose|quick-eligibility|eligibility-form|eligibility-result-not-eligible|onboarding)-(en|fr)$}"
