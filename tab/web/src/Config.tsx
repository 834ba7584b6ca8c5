import { useEffect, useState } from "react";
import { Field, Radio, RadioGroup, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { pages } from "@microsoft/teams-js";
import type { Vacancy } from "./api";
import { t, type Language } from "./i18n";

/** What Teams stores for a configured Applications tab: the dashboard, filtered to one vacancy or to all. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The tab configuration for a choice ("" = every vacancy the viewer may see); the filter travels in the address. */
export function tabConfigFor(origin: string, vacancy: Vacancy | undefined, language: Language): TabConfig {
  const url = `${origin}/tab/applications${vacancy ? `?vacancy=${encodeURIComponent(vacancy.slug)}` : ""}`;
  return {
    entityId: `applications-${vacancy?.slug ?? "all"}`,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: vacancy ? t(language, "tabNameFor", vacancy.shortName) : t(language, "applications"),
  };
}

/** The vacancy a saved tab shows (its contentUrl's ?vacancy=), to preselect it when the tab is reconfigured. */
export function vacancyOf(contentUrl: string | undefined): string {
  if (!contentUrl) return "";
  try {
    return new URL(contentUrl).searchParams.get("vacancy") ?? "";
  } catch {
    return "";
  }
}

/**
 * The host side of a configuration page: Teams' pages.config in Teams, nothing in a plain browser. An interface so
 * the page's behaviour (when Save is enabled, what is saved, removal) is tested against a double of the host.
 */
export interface ConfigHost {
  current(): Promise<string | undefined>;
  setValid(valid: boolean): void;
  onSave(save: () => TabConfig): void;
  onRemove(): void;
}

export const teamsConfigHost: ConfigHost = {
  current: async () => (await pages.getConfig()).contentUrl,
  setValid: (valid) => pages.config.setValidityState(valid),
  onSave: (save) =>
    pages.config.registerOnSaveHandler((event) => {
      pages.config.setConfig(save()).then(() => event.notifySuccess(), (e: Error) => event.notifyFailure(e.message));
    }),
  onRemove: () => pages.config.registerOnRemoveHandler((event) => event.notifySuccess()),
};

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "520px" } });

/** Adding the Applications tab to a channel or chat: which vacancy's applications it shows. */
export function ChannelConfig({ vacancies, language, host, origin }: { vacancies: Vacancy[]; language: Language; host: ConfigHost | null; origin: string }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string | null>(null);

  useEffect(() => {
    if (!host) {
      setChoice("");
      return;
    }
    host.onRemove();
    void host.current().then((url) => setChoice(vacancyOf(url)), () => setChoice(""));
  }, [host]);

  useEffect(() => {
    if (!host || choice === null) return;
    // Save stays disabled until the page knows the vacancies and a choice stands (a vacancy no longer listed does not).
    const valid = choice === "" || vacancies.some((v) => v.slug === choice);
    host.setValid(valid);
    host.onSave(() => tabConfigFor(origin, vacancies.find((v) => v.slug === choice), language));
  }, [host, choice, vacancies, language, origin]);

  return (
    <section className={styles.form} aria-label={t(language, "configTitle")}>
      <Title2 as="h1">{t(language, "configTitle")}</Title2>
      <Text>{t(language, "configHint")}</Text>
      <Field label={t(language, "vacancy")}>
        <RadioGroup value={choice ?? ""} onChange={(_, d) => setChoice(d.value)}>
          <Radio value="" label={t(language, "configAll")} />
          {vacancies.map((v) => <Radio key={v.slug} value={v.slug} label={`${v.shortName}${v.reference ? ` (${v.reference})` : ""}: ${v.title}`} />)}
        </RadioGroup>
      </Field>
    </section>
  );
}
