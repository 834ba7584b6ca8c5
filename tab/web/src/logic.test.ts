// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { defaultFilter, fromQuery, nextSort, pages, toQuery } from "./query";
import { languageOf, t } from "./i18n";
import { download, labelOf } from "./api";
import { expiryOf, hostKindOf } from "./host";

describe("query", () => {
  it("sends only the filters that are set, trimmed, with the language", () => {
    const q = new URLSearchParams(toQuery({ ...defaultFilter, vacancy: "nds", q: "  müller ", status: undefined }, "fr"));
    expect(q.get("vacancy")).toBe("nds");
    expect(q.get("q")).toBe("müller");
    expect(q.has("status")).toBe(false);
    expect(q.get("lang")).toBe("fr");
    expect(q.get("sort")).toBe("-submittedAt");
  });

  it("sorts by a new column ascending, newest first for dates, and reverses on a second click", () => {
    expect(nextSort("-submittedAt", "name")).toBe("name");
    expect(nextSort("name", "name")).toBe("-name");
    expect(nextSort("-name", "name")).toBe("name");
    expect(nextSort("name", "submittedAt")).toBe("-submittedAt");
  });

  it("reads a shared link's filter and ignores an unknown sort", () => {
    expect(fromQuery("?vacancy=km&q=Edge&status=Screening&sort=name")).toMatchObject({ vacancy: "km", q: "Edge", status: "Screening", sort: "name", page: 1 });
    expect(fromQuery("?sort=salary").sort).toBe("-submittedAt");
    expect(fromQuery("").vacancy).toBeUndefined();
  });

  it("counts at least one page", () => {
    expect(pages(0, 50)).toBe(1);
    expect(pages(101, 50)).toBe(3);
  });
});

describe("language", () => {
  it("is French for any French locale and English otherwise", () => {
    expect(languageOf("fr-BE")).toBe("fr");
    expect(languageOf("FR")).toBe("fr");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("fills placeholders", () => {
    expect(t("fr", "page", 2, 5)).toBe("Page 2 sur 5");
  });

  it("shows the API's label for a value, and the value when the API has none", () => {
    const statuses = [{ value: "Offer", label: "Proposition faite" }];
    expect(labelOf(statuses, "Offer")).toBe("Proposition faite");
    expect(labelOf(statuses, "Unknown")).toBe("Unknown");
  });
});

describe("host", () => {
  it("gives SharePoint the fallback sign-in and every other Microsoft 365 host SSO", () => {
    expect(hostKindOf("SharePoint")).toBe("sharepoint");
    expect(hostKindOf("Teams")).toBe("teams");
    expect(hostKindOf("Outlook")).toBe("teams");
    expect(hostKindOf(undefined)).toBe("browser");
  });
});

describe("pop-up token", () => {
  it("reads a JWT's expiry and treats anything else as expired", () => {
    const payload = btoa(JSON.stringify({ exp: 1900000000 })).replace(/=+$/, "");
    expect(expiryOf(`e30.${payload}.sig`)).toBe(1900000000);
    expect(expiryOf("not-a-jwt")).toBe(0);
  });
});

describe("download", () => {
  it("asks the API for a one-time link with the credential and opens it as an address", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ url: "/tab/download/abc" }), { status: 200, headers: { "content-type": "application/json" } })));
    vi.stubGlobal("fetch", fetchMock);
    const opened: string[] = [];
    await download({ kind: "development", user: "u" }, "applications/export-link?lang=fr", async (url) => { opened.push(url); });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/api/tab/applications/export-link?lang=fr");
    expect(init.method).toBe("POST");
    expect(opened).toEqual([`${window.location.origin}/tab/download/abc`]);
    vi.unstubAllGlobals();
  });
});

