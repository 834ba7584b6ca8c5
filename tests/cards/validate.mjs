// Validates Adaptive Cards with Microsoft's adaptivecards library, as a 1.5 host (Teams) would parse them.
// Input: a JSON file holding [{ "name": "...", "card": { ... } }, ...]. Output (stdout): [{ "name", "problems": [...] }].
// Every parse warning or error and every validation event is a problem; a card is clean when it has none.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
// The package's ESM build uses extension-less imports Node cannot resolve; its UMD bundle loads as is.
const AC = require("adaptivecards/dist/adaptivecards.js");

const input = process.argv[2];
if (!input) {
  console.error("usage: node validate.mjs <cards.json>");
  process.exit(2);
}

const results = JSON.parse(readFileSync(input, "utf8")).map(({ name, card }) => {
  const problems = [];
  if (card.version !== "1.5") {
    problems.push(`version is ${card.version}, expected 1.5`);
  }

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationPhase[e.phase]} ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }

  for (const e of parsed.validateProperties().validationEvents) {
    problems.push(`Validation ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }

  // Round trip: what the library understood must serialise back to a card of the same shape.
  const back = parsed.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  if ((back.body ?? []).length !== (card.body ?? []).length || (back.actions ?? []).length !== (card.actions ?? []).length) {
    problems.push(`round trip lost elements: body ${(card.body ?? []).length} -> ${(back.body ?? []).length}, actions ${(card.actions ?? []).length} -> ${(back.actions ?? []).length}`);
  }

  return { name, problems };
});

process.stdout.write(JSON.stringify(results));
