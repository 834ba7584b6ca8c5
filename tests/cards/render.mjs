// Renders cards to PNG the way a client would: Microsoft's adaptivecards library in headless Chromium.
// usage: node render.mjs <cards.json> <out-folder> [name-filter-regex]
// Chromium: Debian's /usr/bin/chromium (CHROMIUM=... to use another); nothing is downloaded.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [input, out, filter] = process.argv.slice(2);
if (!input || !out) {
  console.error("usage: node render.mjs <cards.json> <out-folder> [name-filter-regex]");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const library = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.js"), "utf8");
const cards = JSON.parse(readFileSync(input, "utf8")).filter(c => !filter || new RegExp(filter).test(c.name));
mkdirSync(out, { recursive: true });

// Close to Teams' light theme: Segoe-like type, Teams purple accents, coloured container styles.
const hostConfig = {
  fontFamily: "'Segoe UI', 'DejaVu Sans', sans-serif",
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: { default: { default: "#242424", subtle: "#616161" }, accent: { default: "#5B5FC7" }, good: { default: "#0E700E" }, attention: { default: "#C50F1F" }, warning: { default: "#835B00" } } },
    emphasis: { backgroundColor: "#F5F5F5", foregroundColors: { default: { default: "#242424", subtle: "#616161" } } },
    good: { backgroundColor: "#F1FAF1", foregroundColors: { default: { default: "#242424" }, good: { default: "#0E700E" } } },
    attention: { backgroundColor: "#FDF3F4", foregroundColors: { default: { default: "#242424" }, attention: { default: "#C50F1F" } } },
    warning: { backgroundColor: "#FFF9F5", foregroundColors: { default: { default: "#242424" }, warning: { default: "#835B00" } } },
  },
  actions: { actionsOrientation: "horizontal", buttonSpacing: 8, maxActions: 6 },
  supportsInteractivity: true,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 560, height: 400 }, deviceScaleFactor: 1 });
for (const { name, card } of cards) {
  await page.setContent(`<!doctype html><html><head><style>
    body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'DejaVu Sans', sans-serif; }
    #card { width: 520px; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); padding: 12px; }
    .ac-pushButton { border: 1px solid #D1D1D1; background: #fff; border-radius: 4px; padding: 4px 10px; color: #242424; font-size: 13px; }
  </style><script>${library}</script></head><body><div id="card"></div></body></html>`);
  await page.evaluate(([c, config]) => {
    // Teams renders a subset of markdown in TextBlocks; the library leaves that to its host.
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
      result.didProcess = true;
    };
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(config);
    card.parse(c);
    document.getElementById("card").appendChild(card.render());
  }, [card, hostConfig]);
  await page.locator("#card").screenshot({ path: path.join(out, `${name}.png`) });
}

await browser.close();
console.log(`rendered ${cards.length} card(s) to ${out}`);
