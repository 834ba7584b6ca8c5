// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { ChannelConfig, tabConfigFor, vacancyOf, type ConfigHost, type TabConfig } from "./Config";
import type { Vacancy } from "./api";

const vacancy = (slug: string, shortName: string): Vacancy => ({
  slug, shortName, reference: null, title: `${shortName} internship`, campaign: "2025", closesAt: "2025-06-22T21:59:00Z", open: false, location: null,
});
const vacancies = [vacancy("nds", "NDS"), vacancy("km", "KM")];

/** A double of Teams' side of a configuration page: records what the page tells the host, and plays Save. */
function fakeHost(savedUrl?: string) {
  const validity: boolean[] = [];
  let save: (() => TabConfig) | null = null;
  let removeRegistered = false;
  const host: ConfigHost = {
    current: () => Promise.resolve(savedUrl),
    setValid: (valid) => validity.push(valid),
    onSave: (handler) => { save = handler; },
    onRemove: () => { removeRegistered = true; },
  };
  return { host, validity, pressSave: () => save!(), removeRegistered: () => removeRegistered };
}

function renderConfig(host: ConfigHost | null, language: "en" | "fr" = "en") {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ChannelConfig vacancies={vacancies} language={language} host={host} origin="https://bot.example.org" />
    </FluentProvider>,
  );
}

afterEach(() => cleanup());

describe("the channel configuration page", () => {
  it("enables Save once it has loaded, and saves every vacancy by default", async () => {
    const teams = fakeHost();
    renderConfig(teams.host);
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    expect(teams.removeRegistered()).toBe(true);
    expect(teams.pressSave()).toEqual({
      entityId: "applications-all",
      contentUrl: "https://bot.example.org/tab/applications",
      websiteUrl: "https://bot.example.org/tab/applications",
      suggestedDisplayName: "Applications",
    });
  });

  it("saves the chosen vacancy as the tab's filter and name", async () => {
    const teams = fakeHost();
    renderConfig(teams.host);
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    fireEvent.click(screen.getByLabelText(/^KM/));
    await waitFor(() => expect(teams.pressSave().contentUrl).toBe("https://bot.example.org/tab/applications?vacancy=km"));
    expect(teams.pressSave()).toMatchObject({ entityId: "applications-km", suggestedDisplayName: "Applications – KM" });
  });

  it("preselects what a tab being reconfigured shows", async () => {
    const teams = fakeHost("https://bot.example.org/tab/applications?vacancy=nds");
    renderConfig(teams.host, "fr");
    await waitFor(() => expect((screen.getByLabelText(/^NDS/) as HTMLInputElement).checked).toBe(true));
    // Teams lets Save be pressed once the page says it is valid (the radio may show before the page has told it).
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
    expect(teams.pressSave()).toMatchObject({ contentUrl: "https://bot.example.org/tab/applications?vacancy=nds", suggestedDisplayName: "Candidatures – NDS" });
  });

  it("keeps Save disabled for a saved vacancy that is no longer offered", async () => {
    const teams = fakeHost("https://bot.example.org/tab/applications?vacancy=gone");
    renderConfig(teams.host);
    await waitFor(() => expect(teams.validity.length).toBeGreaterThan(0));
    expect(teams.validity.at(-1)).toBe(false);
    fireEvent.click(screen.getByLabelText(/^NDS/));
    await waitFor(() => expect(teams.validity.at(-1)).toBe(true));
  });

  it("shows the choice without a host outside Teams", () => {
    renderConfig(null);
    expect((screen.getByLabelText("Every vacancy I may see") as HTMLInputElement).checked).toBe(true);
  });
});

describe("tab configuration values", () => {
  it("escapes the vacancy in the address and reads it back", () => {
    const config = tabConfigFor("https://h", vacancy("a&b c", "AB"), "en");
    expect(config.contentUrl).toBe("https://h/tab/applications?vacancy=a%26b%20c");
    expect(vacancyOf(config.contentUrl)).toBe("a&b c");
  });

  it("reads no vacancy from a missing or unreadable address", () => {
    expect(vacancyOf(undefined)).toBe("");
    expect(vacancyOf("not a url")).toBe("");
  });
});
