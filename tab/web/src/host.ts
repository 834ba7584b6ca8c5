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

let popupToken: { value: string; expires: number } | null = null;

/** Seconds-since-epoch expiry of a JWT, or 0 when it cannot be read. */
export function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    return typeof payload.exp === "number" ? payload.exp : 0;
  } catch {
    return 0;
  }
}

/**
 * Where Teams SSO is not available (SharePoint), a token from the pop-up sign-in (/tab/auth/start), kept in memory
 * only until a minute before it expires.
 */
export async function popupSignInToken(): Promise<string> {
  if (popupToken && popupToken.expires - 60 > Date.now() / 1000) return popupToken.value;
  const value = await authentication.authenticate({ url: `${window.location.origin}/tab/auth/start?purpose=sign-in`, width: 600, height: 535 });
  popupToken = { value, expires: expiryOf(value) };
  return value;
}

/** The pop-up's last page: hands the result of /tab/auth/end (in the address fragment) back to the tab. */
export async function finishPopup(fragment: string): Promise<void> {
  const result = new URLSearchParams(fragment.replace(/^#/, ""));
  await app.initialize();
  const token = result.get("token");
  if (token) authentication.notifySuccess(token);
  else if (result.get("consented")) authentication.notifySuccess("consented");
  else authentication.notifyFailure(result.get("error") ?? "unknown_error");
}
