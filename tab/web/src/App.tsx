import { useEffect, useState } from "react";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { call, noLabels, type Credential, type Labels, type Me, type OnboardingItem, type Vacancy } from "./api";
import { ChannelConfig, teamsConfigHost } from "./Config";
import { Dashboard } from "./Dashboard";
import { DevelopmentSignIn, Onboarding, Vacancies, type Person } from "./Pages";
import { detectHost, finishPopup, fluentTheme, popupSignInToken, teamsToken, type HostInfo } from "./host";
import { languageOf, t } from "./i18n";

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" } });

type View = "applications" | "vacancies" | "onboarding" | "auth-done" | "config";

/** The view from the tab's address: /tab/applications, /tab/vacancies, /tab/onboarding, /tab/config (the manifest's URLs). */
export function viewOf(path: string): View {
  const last = path.replace(/\/+$/, "").split("/").pop();
  return last === "vacancies" || last === "onboarding" || last === "auth-done" || last === "config" ? last : "applications";
}

export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setTheme] = useState("default");
  const [credential, setCredential] = useState<Credential | null>(null);
  const [developmentOffered, setDevelopmentOffered] = useState(false);
  const [people, setPeople] = useState<Person[]>([]);
  const [me, setMe] = useState<Me | null>(null);
  const [vacancies, setVacancies] = useState<Vacancy[]>([]);
  const [onboarding, setOnboarding] = useState<OnboardingItem[]>([]);
  const [labels, setLabels] = useState<Labels>(noLabels);
  const [view, setView] = useState<View>(viewOf(window.location.pathname));
  const [error, setError] = useState<string | null>(null);
  const language = languageOf(new URLSearchParams(window.location.search).get("lang") ?? host?.locale);

  useEffect(() => {
    if (viewOf(window.location.pathname) === "auth-done") {
      void finishPopup(window.location.hash);
      return;
    }

    void detectHost(setTheme).then(async (h) => {
      setHost(h);
      // Outside Teams there is no host theme; ?theme=dark|contrast lets a browser (and the browser tests) pick one.
      setTheme(h.kind === "browser" ? new URLSearchParams(window.location.search).get("theme") ?? "default" : h.theme);
      if (h.kind === "teams") {
        setCredential({ kind: "sso", token: teamsToken });
      } else if (h.kind === "sharepoint") {
        // getAuthToken is unreliable in SharePoint: sign in through the pop-up instead.
        setCredential({ kind: "sso", token: popupSignInToken });
      } else {
        const options = await fetch("/api/tab/sign-in-options").then((r) => r.json()).catch(() => ({ development: false }));
        setDevelopmentOffered(Boolean(options.development));
        setPeople(options.people ?? []);
        if (!options.development) setError("Open InternBot in Teams or on its SharePoint page to sign in.");
      }
    });
  }, []);

  useEffect(() => {
    if (!credential) return;
    Promise.all([call<Me>(credential, "me"), call<Vacancy[]>(credential, `vacancies?lang=${language}`), call<OnboardingItem[]>(credential, `onboarding?lang=${language}`), call<Labels>(credential, `labels?lang=${language}`)])
      .then(([m, v, o, l]) => { setMe(m); setVacancies(v); setOnboarding(o); setLabels(l); })
      .catch((e: Error) => setError(e.message));
  }, [credential, language]);

  const canSeeApplications = me?.roles.some((r) => r === "Staff" || r === "Supervisor") ?? false;
  const content = () => {
    if (error) return <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>;
    if (!credential) return developmentOffered ? <DevelopmentSignIn language={language} people={people} onSignIn={(user) => setCredential({ kind: "development", user })} /> : <Spinner label={t(language, "loading")} />;
    if (!me) return <Spinner label={t(language, "loading")} />;
    // The configuration page Teams opens when the tab is added to a channel or chat (manifest: configurationUrl).
    if (view === "config") return <ChannelConfig vacancies={vacancies} language={language} host={host?.kind === "teams" ? teamsConfigHost : null} origin={window.location.origin} />;
    return (
      <>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
          {canSeeApplications && <Tab value="applications">{t(language, "applications")}</Tab>}
          <Tab value="vacancies">{t(language, "vacancies")}</Tab>
          <Tab value="onboarding">{t(language, "onboarding")}</Tab>
        </TabList>
        {view === "applications" && canSeeApplications && <Dashboard credential={credential} language={language} vacancies={vacancies} labels={labels} staff={me.roles.includes("Staff")} />}
        {view === "applications" && !canSeeApplications && <MessageBar intent="info"><MessageBarBody>{t(language, "noAccess")}</MessageBarBody></MessageBar>}
        {view === "vacancies" && <Vacancies vacancies={vacancies} language={language} />}
        {view === "onboarding" && <Onboarding items={onboarding} language={language} />}
      </>
    );
  };

  return (
    <FluentProvider theme={fluentTheme(theme)} lang={language}>
      <main className={styles.page}>{content()}</main>
    </FluentProvider>
  );
}
