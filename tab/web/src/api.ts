import { app } from "@microsoft/teams-js";
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
  const { url } = await call<{ url: string }>(credential, path, { method: "POST" });
  await open(new URL(url, window.location.origin).toString());
}

async function openLink(url: string): Promise<void> {
  if (app.isInitialized()) await app.openLink(url);
  else window.location.assign(url);
}

export interface Me { objectId: string; name: string; roles: string[]; developmentSignIn: boolean }
export interface Reason { criterion: string; outcome: string; reason: string }
export interface Summary {
  id: string; candidateId: string; displayName: string; vacancy: string; vacancyName: string; campaign: string; status: string;
  submittedAt: string | null; eligibility: string; eligibilityLabel: string; reasons: Reason[]; desirable: { matched: number; total: number }; version: string;
}
export interface ApplicationList {
  items: Summary[]; total: number; page: number; pageSize: number;
  counts: { vacancy: string; status: string; count: number }[]; eligibility: { eligibility: string; count: number }[];
}
export interface Criterion { criterion: string; label: string; outcome: string; reason: string; fix?: string | null }
export interface Detail {
  summary: Summary; email: string | null; nationalities: string | null; dateOfBirth: string | null; languages: string | null; documents: string | null;
  notes: string | null; modified: string | null; modifiedBy: string | null; criteria: Criterion[]; desirableCriteria: Criterion[]; assumptions: string[];
}
/** Words for statuses and verdicts, in the page's language, as Core has them (GET /api/tab/labels). */
export interface Labels { statuses: { value: string; label: string }[]; verdicts: { value: string; label: string }[] }

export const noLabels: Labels = { statuses: [], verdicts: [] };

/** The label for a value, or the value itself when the list does not have it. */
export function labelOf(list: { value: string; label: string }[], value: string): string {
  return list.find((x) => x.value === value)?.label ?? value;
}

/** One audited event on an application (GET /api/tab/applications/{id}/audit, staff only). */
export interface AuditEntry { at: string; actor: string; action: "Viewed" | "Exported" | "StatusChanged" | "NotesChanged"; detail: string | null }

export interface Vacancy { slug: string; shortName: string; reference: string | null; title: string; campaign: string; closesAt: string; open: boolean; location: string | null }
export interface OnboardingItem { id: string; source: string; title: string; body: string }
