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

/**
 * The local development sign-in: only offered when the host says it accepts it (Development, this machine). It names
 * a person only; what they may do comes from the host's role settings, as in chat.
 */
export interface Person { objectId: string; label: string; role: string }

export function DevelopmentSignIn({ language, people, onSignIn }: { language: Language; people: Person[]; onSignIn: (user: string) => void }) {
  const styles = useStyles();
  const [user, setUser] = useState(people[0]?.objectId ?? "");
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); onSignIn(user); }}>
      <Title2 as="h1">{t(language, "signInTitle")}</Title2>
      <MessageBar intent="warning"><MessageBarBody>{t(language, "signInHelp")}</MessageBarBody></MessageBar>
      {people.length > 0 && (
        <RadioGroup aria-label={t(language, "user")} value={user} onChange={(_, d) => setUser(d.value)}>
          {people.map((p) => <Radio key={p.objectId} value={p.objectId} label={p.label} />)}
        </RadioGroup>
      )}
      <Field label={t(language, "user")}><Input value={user} onChange={(_, d) => setUser(d.value)} required /></Field>
      <Button appearance="primary" type="submit">{t(language, "signIn")}</Button>
    </form>
  );
}
