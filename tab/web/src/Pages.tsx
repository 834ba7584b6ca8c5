import { useState } from "react";
import { Badge, Button, Card, CardHeader, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { OnboardingItem, Vacancy } from "./api";
import { t, type Language } from "./i18n";

const useStyles = makeStyles({
  grid: { display: "grid", gap: tokens.spacingVerticalM, gridTemplateColumns: "repeat(auto-fill, minmax(280px, 1fr))" },
  form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "420px" },
});

export function Vacancies({ vacancies, language }: { vacancies: Vacancy[]; language: Language }) {
  const styles = useStyles();
  return (
    <section className={styles.grid} aria-label={t(language, "vacancies")}>
      {vacancies.map((v) => (
        <Card key={v.slug}>
          <CardHeader header={<Text weight="semibold">{`${v.shortName}${v.reference ? ` (${v.reference})` : ""}`}</Text>} description={v.title} />
          <Badge appearance="tint" color={v.open ? "success" : "informative"}>{v.open ? t(language, "open") : t(language, "closed")}</Badge>
          <Text>{t(language, "closes", new Date(v.closesAt).toLocaleString(language, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }))}</Text>
          {v.location && <Text>{v.location}</Text>}
        </Card>
      ))}
    </section>
  );
}

export function Onboarding({ items, language }: { items: OnboardingItem[]; language: Language }) {
  const styles = useStyles();
  return (
    <section className={styles.grid} aria-label={t(language, "onboarding")}>
      {items.map((i) => (
        <Card key={i.id}>
          <CardHeader header={<Text weight="semibold">{i.title}</Text>} />
          <Text>{i.body}</Text>
        </Card>
      ))}
    </section>
  );
}

/** The local development sign-in: only offered when the host says it accepts it (Development, this machine). */
export interface Person { objectId: string; label: string; role: string }

export function DevelopmentSignIn({ language, people, onSignIn }: { language: Language; people: Person[]; onSignIn: (user: string, role: string) => void }) {
  const styles = useStyles();
  const [user, setUser] = useState(people[0]?.objectId ?? "00000000-0000-0000-0000-000000000001");
  const [role, setRole] = useState(people[0]?.role ?? "Staff");
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); onSignIn(user, role); }}>
      <Title2 as="h1">{t(language, "signInTitle")}</Title2>
      <MessageBar intent="warning"><MessageBarBody>{t(language, "signInHelp")}</MessageBarBody></MessageBar>
      {people.length > 0 && (
        <RadioGroup aria-label={t(language, "user")} value={user} onChange={(_, d) => { setUser(d.value); setRole(people.find((p) => p.objectId === d.value)?.role ?? role); }}>
          {people.map((p) => <Radio key={p.objectId} value={p.objectId} label={p.label} />)}
        </RadioGroup>
      )}
      <Field label={t(language, "user")}><Input value={user} onChange={(_, d) => setUser(d.value)} required /></Field>
      <Field label={t(language, "role")}>
        <RadioGroup value={role} onChange={(_, d) => setRole(d.value)}>
          {["Staff", "Supervisor", "Intern"].map((r) => <Radio key={r} value={r} label={r} />)}
        </RadioGroup>
      </Field>
      <Button appearance="primary" type="submit">{t(language, "signIn")}</Button>
    </form>
  );
}
