import { app, authentication } from "@microsoft/teams-js";
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";

export type HostKind = "teams" | "sharepoint" | "browser";

export interface HostInfo {
  kind: HostKind;
  theme: string;
  locale: string;
}

/** Fluent UI's Teams theme for the host's theme name (default, dark, contrast). */
export function fluentTheme(name: string): Theme {
  return name === "dark" ? teamsDarkTheme : name === "contrast" ? teamsHighContrastTheme : teamsLightTheme;
}

/** SharePoint hosts the tab as a page or web part; getAuthToken is known to hang there, so it gets the fallback. */
export function hostKindOf(hostName: string | undefined): HostKind {
  if (!hostName) return "browser";
  return hostName.toLowerCase() === "sharepoint" ? "sharepoint" : "teams";
}

/** Initialises teams-js when framed by a Microsoft 365 host; in a plain browser it gives up quickly. */
export async function detectHost(onThemeChange: (theme: string) => void): Promise<HostInfo> {
  const browser: HostInfo = { kind: "browser", theme: "default", locale: navigator.language };
  if (window.parent === window) return browser;
  try {
    await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000))]);
    const context = await app.getContext();
    app.registerOnThemeChangeHandler(onThemeChange);
    return { kind: hostKindOf(context.app.host.name), theme: context.app.theme ?? "default", locale: context.app.locale ?? navigator.language };
  } catch {
    return browser;
  }
}

/** A fresh SSO token each time it is needed (never stored: Teams caches and renews it). */
export function teamsToken(): Promise<string> {
  return authentication.getAuthToken();
}
