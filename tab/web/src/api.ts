import { app } from "@microsoft/teams-js";
import type { components } from "./generated/tab-api";
// Calls the host's /api/tab with the user's credential: a Teams SSO token, or the local development identity.
export type Credential = { kind: "sso"; token: () => Promise<string> } | { kind: "development"; user: string };

export class ApiError extends Error {
  constructor(public status: number, public code: string, message: string, public body: unknown) {
    super(message);
  }
}

async function authorization(credential: Credential): Promise<string> {
  return credential.kind === "sso" ? `Bearer ${await credential.token()}` : `Development ${credential.user}`;
}

export async function call<T>(credential: Credential, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api/tab/${path}`, {
    ...init,
    headers: { ...(init.headers ?? {}), Authorization: await authorization(credential), "Content-Type": "application/json" },
  });
  const text = await response.text();
  const body = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  if (!response.ok) {
    const code = (body && typeof body === "object" && ("error" in body ? String(body.error) : "title" in body ? String(body.title) : "")) || String(response.status);
    const message = (body && typeof body === "object" && ("message" in body ? String(body.message) : "detail" in body ? String(body.detail) : "reason" in body ? String(body.reason) : "")) || response.statusText;
    throw new ApiError(response.status, code, message, body);
  }
  return body as T;
}

/**
 * Downloads an export: the API makes the file with the person's credential and hands back a one-time link (valid a
 * minute), which is opened as a plain link. The new Teams client and Teams mobile do not save files a page builds
 * in memory (blob links); they open links (teams-js app.openLink), and a browser downloads it.
 */
export async function download(credential: Credential, path: string, open: (url: string) => Promise<void> = openLink): Promise<void> {
  const { url } = await call<ExportLink>(credential, path, { method: "POST" });
  await open(new URL(url, window.location.origin).toString());
}

async function openLink(url: string): Promise<void> {
  if (app.isInitialized()) await app.openLink(url);
  else window.location.assign(url);
}

// The API's shapes, generated from its OpenAPI document (openapi/tab.json, checked against the host by a test) by
// "npm run generate": nothing here is written by hand, so the page and the API cannot drift.
type Schemas = components["schemas"];
export type Me = Schemas["Me"];
export type Reason = Schemas["ApplicationReason"];
export type Summary = Schemas["ApplicationSummary"];
export type ApplicationList = Schemas["ApplicationPage"];
export type Criterion = Schemas["DecidedCriterion"];
export type Detail = Schemas["ApplicationDetail"];
export type Conflict = Schemas["ApplicationConflict"];
/** Words for statuses and verdicts, in the page's language, as Core has them (GET /api/tab/labels). */
export type Labels = Schemas["Labels"];
export type SignInOptions = Schemas["SignInOptions"];
export type ExportLink = Schemas["ExportLink"];

export const noLabels: Labels = { statuses: [], verdicts: [] };

/** The label for a value, or the value itself when the list does not have it. */
export function labelOf(list: { value: string; label: string }[], value: string): string {
  return list.find((x) => x.value === value)?.label ?? value;
}

/** One audited event on an application (GET /api/tab/applications/{id}/audit, staff only). */
export type AuditEntry = Schemas["AuditRecord"];

export type Vacancy = Schemas["VacancyItem"];
export type OnboardingItem = Schemas["OnboardingItem"];
