// Validates an unpacked Teams app package (a folder with manifest.json and its localisation files) against the
// schemas bundled in @microsoft/app-manifest, at the version the manifest declares. Never fetches a schema.
// Prints {"manifest":[...problems],"localization":{"fr.json":[...]}, "schemaVersion":"1.30"}.
import { readFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schemasRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

async function bundledSchema(version, file) {
  const schemaPath = path.join(schemasRoot, `v${version}`, file);
  try {
    await access(schemaPath);
  } catch {
    throw new Error(`@microsoft/app-manifest bundles no ${file} for manifest version ${version}`);
  }
  // The published schemas contain "\a" and "\v" escapes that are not valid JSON; the package cleans them the same way.
  return JSON.parse((await readFile(schemaPath, "utf8")).replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

const folder = process.argv[2];
const manifest = JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8"));
const version = manifest.manifestVersion;
const expectedUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
const result = { schemaVersion: version, manifest: [], localization: {} };
if (manifest.$schema !== expectedUrl) {
  result.manifest.push(`$schema is ${manifest.$schema}, expected ${expectedUrl}`);
}
result.manifest.push(...await AppManifestUtils.validateAgainstSchema(manifest, await bundledSchema(version, "MicrosoftTeams.schema.json")));
const locSchema = await bundledSchema(version, "MicrosoftTeams.Localization.schema.json");
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  const loc = JSON.parse(await readFile(path.join(folder, language.file), "utf8"));
  result.localization[language.file] = validateLocalization(loc, locSchema);
}
console.log(JSON.stringify(result));

// The localisation schema's key patterns (e.g. "activityTypes\\[\\b...\\b]") are valid JavaScript regular expressions
// but not in the Unicode mode Ajv compiles with by default, so AppManifestUtils cannot compile it. Same settings as
// the package otherwise (draft-04, all errors, uri/email/regex formats).
function validateLocalization(loc, schema) {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(loc) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message ?? ""}. Details: ${JSON.stringify(e.params)}`);
}
