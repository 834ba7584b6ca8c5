// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { Dashboard } from "./Dashboard";
import type { ApplicationList, Detail, Labels, Summary } from "./api";

const summary = (id: string, name: string, eligibility: string): Summary => ({
  id, candidateId: `C${id}`, displayName: name, vacancy: "nds", vacancyName: "NDS", campaign: "2025", status: "Submitted",
  submittedAt: "2025-06-01T10:00:00Z", eligibility, eligibilityLabel: eligibility === "Eligible" ? "Éligible" : "Non éligible",
  reasons: eligibility === "Eligible" ? [] : [{ criterion: "age", outcome: "Failed", reason: "20 ans ; au moins 21 requis." }],
  desirable: { matched: 1, total: 4 }, version: "v1",
});

const list: ApplicationList = {
  items: [summary("1", "Anna Müller", "Eligible"), summary("2", "Bruno Bernard", "NotEligible")],
  total: 2, page: 1, pageSize: 50, counts: [{ vacancy: "nds", status: "Submitted", count: 2 }], eligibility: [{ eligibility: "Eligible", count: 1 }, { eligibility: "NotEligible", count: 1 }],
};

const detail = (status: string, notes: string | null, version: string): Detail => ({
  summary: { ...summary("2", "Bruno Bernard", "NotEligible"), status, version }, email: null, nationalities: "BE", dateOfBirth: null, languages: null,
  documents: null, degreeLevel: null, notes, modified: null, modifiedBy: null, assumptions: [], evaluatedAt: "2025-06-01T10:00:00Z",
  criteria: [{ criterion: "age", label: "Âge", outcome: "Failed", reason: "20 ans ; au moins 21 requis.", fix: null }],
  desirableCriteria: [],
});

// As GET /api/tab/labels?lang=fr gives them (the page keeps no dictionary of its own).
const labels: Labels = {
  statuses: [{ value: "Submitted", label: "Soumise" }, { value: "Withdrawn", label: "Retirée" }],
  verdicts: [{ value: "Eligible", label: "Éligible" }, { value: "NotEligible", label: "Non éligible" }],
};

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
}

function renderDashboard(fetchMock: ReturnType<typeof vi.fn>, staff = false) {
  vi.stubGlobal("fetch", fetchMock);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <Dashboard credential={{ kind: "development", user: "u" }} language="fr" vacancies={[]} labels={labels} staff={staff} />
    </FluentProvider>,
  );
}

// jsdom has no ResizeObserver; Fluent's MessageBar uses it to reflow long messages.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

describe("Dashboard", { timeout: 30_000 }, () => {
  it("lists applications with their eligibility and failing reasons, in French", async () => {
    const fetchMock = vi.fn((url: string) => respond(200, url.startsWith("/api/tab/applications?") ? list : {}));
    renderDashboard(fetchMock);
    const table = await screen.findByRole("table", { name: "Candidatures" });
    expect(within(table).getByText("Anna Müller")).toBeTruthy();
    expect(within(table).getByText("Non éligible")).toBeTruthy();
    expect(within(table).getByText("20 ans ; au moins 21 requis.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 candidatures");
    const counts = screen.getByRole("table", { name: "Par offre et par statut" });
    expect(within(counts).getByText("Soumise")).toBeTruthy();
    expect(within(counts).getByText("2")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain("lang=fr");
    expect((init.headers as Record<string, string>).Authorization).toBe("Development u");
  });

  it("shows the current version and says so when a save meets someone else's change", async () => {
    const fetchMock = vi.fn((url: string, init?: RequestInit) => {
      if (init?.method === "PATCH") return respond(409, { error: "conflict", message: "changed", current: detail("Withdrawn", "retirée par courriel", "v2") });
      if (url.startsWith("/api/tab/applications/2")) return respond(200, detail("Submitted", null, "v1"));
      return respond(200, list);
    });
    renderDashboard(fetchMock);
    fireEvent.click(await screen.findByText("Bruno Bernard"));
    // While the panel's opening motion runs, Fluent may mark it hidden for a moment (a slow machine sees it): the
    // lookups include hidden elements, since what is tested here is the conflict, not the motion.
    const hidden = { hidden: true };
    const drawer = await screen.findByRole("dialog", hidden, { timeout: 10_000 });
    expect(within(drawer).getByText("20 ans ; au moins 21 requis.")).toBeTruthy();
    fireEvent.change(within(drawer).getByRole("textbox", hidden), { target: { value: "ma note" } });
    fireEvent.click(within(drawer).getByRole("button", { name: "Enregistrer", ...hidden }));
    await waitFor(() => expect(within(drawer).getByRole("alert", hidden).textContent).toContain("Quelqu'un a modifié cette candidature"), { timeout: 10_000 });
    await waitFor(() => expect((within(drawer).getByRole("textbox", hidden) as HTMLTextAreaElement).value).toBe("retirée par courriel"), { timeout: 10_000 });
    const patch = fetchMock.mock.calls.find((c) => (c[1] as RequestInit | undefined)?.method === "PATCH")!;
    expect(JSON.parse((patch[1] as RequestInit).body as string)).toMatchObject({ version: "v1", notes: "ma note" });
  });

  it("asks for the Excel export of the filtered view and opens the one-time link", async () => {
    const assign = vi.fn();
    vi.stubGlobal("location", { ...window.location, origin: "http://localhost", assign });
    const fetchMock = vi.fn((url: string) => respond(200, url.startsWith("/api/tab/applications?") ? list : url.includes("export-link") ? { url: "/tab/download/abc", expiresInSeconds: 60 } : {}));
    renderDashboard(fetchMock);
    await screen.findByRole("table", { name: "Candidatures" });
    fireEvent.click(screen.getByRole("button", { name: "Exporter vers Excel (.xlsx)" }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith("http://localhost/tab/download/abc"));
    const [url, init] = fetchMock.mock.calls.find(([u]) => String(u).includes("export-link")) as unknown as [string, RequestInit];
    expect(url).toContain("format=xlsx");
    expect(url).toContain("lang=fr");
    expect(init.method).toBe("POST");
  });

  it("searches once typing pauses, not once per keystroke", async () => {
    const fetchMock = vi.fn((url: string) => respond(200, url.startsWith("/api/tab/applications?") ? list : {}));
    renderDashboard(fetchMock);
    await screen.findByRole("table", { name: "Candidatures" });
    const box = screen.getByRole("searchbox");
    for (const text of ["b", "br", "bru"]) fireEvent.change(box, { target: { value: text } });
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).includes("q=bru"))).toBe(true));
    const searches = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes("q="));
    expect(searches).toHaveLength(1);
  });

  it("shows staff who viewed or changed an application, and asks nothing for others", async () => {
    const audit = [{ at: "2025-07-01T09:05:00Z", actor: "a-1", action: "StatusChanged", detail: "Submitted -> Interview" }];
    const fetchMock = vi.fn((url: string) => respond(200, url.endsWith("/audit") ? audit : url.startsWith("/api/tab/applications/2") ? detail("Submitted", null, "v1") : list));
    renderDashboard(fetchMock, true);
    fireEvent.click(await screen.findByText("Bruno Bernard"));
    const trail = await screen.findByRole("list", { name: "Qui l'a consultée ou modifiée" });
    expect(trail.textContent).toContain("statut modifié (Submitted -> Interview)");
    cleanup();

    const others = vi.fn((url: string) => respond(200, url.startsWith("/api/tab/applications/2") ? detail("Submitted", null, "v1") : list));
    renderDashboard(others, false);
    fireEvent.click(await screen.findByText("Bruno Bernard"));
    await screen.findByRole("dialog");
    expect(others.mock.calls.some(([url]) => String(url).endsWith("/audit"))).toBe(false);
  });

  it("offers the consent step when SharePoint needs consent", async () => {
    renderDashboard(vi.fn(() => respond(403, { error: "consent_required", message: "consent" })));
    expect(await screen.findByRole("button", { name: "Donner mon consentement" })).toBeTruthy();
  });
});
