import { useCallback, useEffect, useRef, useState } from "react";
import {
  Badge, Button, Caption1, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Spinner, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, Text, Textarea, Title3, Drawer, DrawerBody, DrawerHeader, DrawerHeaderTitle, makeStyles, tokens,
} from "@fluentui/react-components";
import { authentication } from "@microsoft/teams-js";
import { ApiError, call, download, type ApplicationList, type Credential, type Detail, type Vacancy, labelOf, type Labels, type AuditEntry } from "./api";
import { fromQuery, nextSort, pages, toQuery, type Filter } from "./query";
import { t, type Key, type Language } from "./i18n";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "end", marginBlock: tokens.spacingVerticalM },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  row: { cursor: "pointer" },
  pager: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", marginBlock: tokens.spacingVerticalM },
  criteria: { display: "grid", gap: tokens.spacingVerticalS },
});

const verdictColour = (v: string) => (v === "Eligible" ? "success" : v === "NotEligible" ? "danger" : "warning");

/** How long the search box waits after the last keystroke before it searches. */
export const SearchDelayMs = 300;

export function Dashboard({ credential, language, vacancies, labels, staff = false }: { credential: Credential; language: Language; vacancies: Vacancy[]; labels: Labels; staff?: boolean }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>(() => fromQuery(window.location.search));
  const [list, setList] = useState<ApplicationList | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<Detail | null>(null);

  const load = useCallback(async () => {
    try {
      setList(await call<ApplicationList>(credential, `applications?${toQuery(filter, language)}`));
      setError(null);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [credential, filter, language]);

  useEffect(() => { void load(); }, [load]);

  // The search box asks the API once typing pauses, not once per keystroke.
  const [searchText, setSearchText] = useState(filter.q ?? "");
  useEffect(() => {
    if ((filter.q ?? "") === searchText) return;
    const timer = setTimeout(() => setFilter((f) => ({ ...f, page: 1, q: searchText })), SearchDelayMs);
    return () => clearTimeout(timer);
  }, [searchText, filter.q]);

  // The row an application was opened from gets focus back when its panel closes (the list may have been redrawn).
  const openedFrom = useRef<string | null>(null);
  const open = async (id: string) => {
    openedFrom.current = id;
    setSelected(await call<Detail>(credential, `applications/${encodeURIComponent(id)}?lang=${language}`));
  };
  const close = () => {
    setSelected(null);
    const id = openedFrom.current;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id ?? "")}"]`)?.focus());
  };
  const set = (change: Partial<Filter>) => setFilter((f) => ({ ...f, page: 1, ...change }));
  const sortBy = (column: string) => setFilter((f) => ({ ...f, sort: nextSort(f.sort, column) }));
  const sortDirection = (column: string) => (filter.sort.replace(/^-/, "") === column ? (filter.sort.startsWith("-") ? "descending" : "ascending") : undefined);

  if (error?.code === "consent_required") return <Consent language={language} />;
  if (error?.status === 403) return <MessageBar intent="info"><MessageBarBody>{t(language, "noAccess")}</MessageBarBody></MessageBar>;

  return (
    <section aria-label={t(language, "applications")}>
      {error && <MessageBar intent="error"><MessageBarBody>{t(language, "error", error.message)}</MessageBarBody></MessageBar>}
      {list && (
        <div className={styles.counts} aria-label={t(language, "counts")}>
          {list.eligibility.map((e) => (
            <Badge key={e.eligibility} appearance="tint" color={verdictColour(e.eligibility)}>{`${labelOf(labels.verdicts, e.eligibility)}: ${e.count}`}</Badge>
          ))}
        </div>
      )}
      {list && list.counts.length > 0 && <Counts list={list} language={language} vacancies={vacancies} labels={labels} />}
      <div className={styles.bar} role="search">
        <Field label={t(language, "search")}>
          <Input value={searchText} onChange={(_, d) => setSearchText(d.value)} type="search" />
        </Field>
        <Field label={t(language, "vacancy")}>
          <Dropdown value={vacancies.find((v) => v.slug === filter.vacancy)?.shortName ?? t(language, "allVacancies")} onOptionSelect={(_, d) => set({ vacancy: d.optionValue || undefined })}>
            <Option value="">{t(language, "allVacancies")}</Option>
            {vacancies.map((v) => <Option key={v.slug} value={v.slug}>{v.shortName}</Option>)}
          </Dropdown>
        </Field>
        <Field label={t(language, "status")}>
          <Dropdown value={filter.status ? labelOf(labels.statuses, filter.status) : t(language, "allStatuses")} onOptionSelect={(_, d) => set({ status: d.optionValue || undefined })}>
            <Option value="">{t(language, "allStatuses")}</Option>
            {labels.statuses.map((s) => <Option key={s.value} value={s.value}>{s.label}</Option>)}
          </Dropdown>
        </Field>
        <Field label={t(language, "eligibility")}>
          <Dropdown value={filter.eligibility ? labelOf(labels.verdicts, filter.eligibility) : t(language, "allEligibility")} onOptionSelect={(_, d) => set({ eligibility: d.optionValue || undefined })}>
            <Option value="">{t(language, "allEligibility")}</Option>
            {labels.verdicts.map((v) => <Option key={v.value} value={v.value}>{v.label}</Option>)}
          </Dropdown>
        </Field>
        <Button onClick={() => void download(credential, `applications/export-link?${toQuery({ ...filter, page: 1 }, language)}`).catch((e: Error) => setError(e as ApiError))}>{t(language, "export")}</Button>
        <Button onClick={() => void download(credential, `applications/export-link?${toQuery({ ...filter, page: 1 }, language)}&format=xlsx`).catch((e: Error) => setError(e as ApiError))}>{t(language, "exportExcel")}</Button>
      </div>
      {!list ? <Spinner label={t(language, "loading")} /> : (
        <>
          <Caption1 role="status">{t(language, "total", list.total)}</Caption1>
          <Table aria-label={t(language, "applications")} sortable>
            <TableHeader>
              <TableRow>
                <TableHeaderCell sortDirection={sortDirection("name")} onClick={() => sortBy("name")}>{t(language, "name")}</TableHeaderCell>
                <TableHeaderCell sortDirection={sortDirection("vacancy")} onClick={() => sortBy("vacancy")}>{t(language, "vacancy")}</TableHeaderCell>
                <TableHeaderCell sortDirection={sortDirection("status")} onClick={() => sortBy("status")}>{t(language, "status")}</TableHeaderCell>
                <TableHeaderCell sortDirection={sortDirection("submittedAt")} onClick={() => sortBy("submittedAt")}>{t(language, "submitted")}</TableHeaderCell>
                <TableHeaderCell sortDirection={sortDirection("eligibility")} onClick={() => sortBy("eligibility")}>{t(language, "eligibility")}</TableHeaderCell>
                <TableHeaderCell>{t(language, "reasons")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.items.map((a) => (
                <TableRow key={a.id} data-id={a.id} className={styles.row} tabIndex={0} onClick={() => open(a.id)} onKeyDown={(e) => e.key === "Enter" && open(a.id)}>
                  <TableCell>{a.displayName}</TableCell>
                  <TableCell>{a.vacancyName}</TableCell>
                  <TableCell>{labelOf(labels.statuses, a.status)}</TableCell>
                  <TableCell>{a.submittedAt ? new Date(a.submittedAt).toLocaleDateString(language) : ""}</TableCell>
                  <TableCell><Badge appearance="filled" color={verdictColour(a.eligibility)}>{a.eligibilityLabel}</Badge></TableCell>
                  <TableCell>{a.reasons.map((r) => r.reason).join(" · ")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <nav className={styles.pager} aria-label="pages">
            <Button disabled={filter.page <= 1} onClick={() => setFilter((f) => ({ ...f, page: f.page - 1 }))}>{t(language, "previous")}</Button>
            <Text>{t(language, "page", filter.page, pages(list.total, filter.pageSize))}</Text>
            <Button disabled={filter.page >= pages(list.total, filter.pageSize)} onClick={() => setFilter((f) => ({ ...f, page: f.page + 1 }))}>{t(language, "next")}</Button>
          </nav>
        </>
      )}
      {selected && <DetailPanel credential={credential} language={language} labels={labels} staff={staff} detail={selected} onClose={close} onSaved={(d) => { setSelected(d); void load(); }} />}
    </section>
  );
}

/** Applications per vacancy (rows) and status (columns), over everything the user may see. */
function Counts({ list, language, vacancies, labels }: { list: ApplicationList; language: Language; vacancies: Vacancy[]; labels: Labels }) {
  const used = labels.statuses.map((s) => s.value).filter((s) => list.counts.some((c) => c.status === s));
  const byVacancy = [...new Set(list.counts.map((c) => c.vacancy))];
  const count = (v: string, s: string) => list.counts.find((c) => c.vacancy === v && c.status === s)?.count ?? 0;
  return (
    <Table size="extra-small" aria-label={t(language, "counts")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(language, "vacancy")}</TableHeaderCell>
          {used.map((s) => <TableHeaderCell key={s}>{labelOf(labels.statuses, s)}</TableHeaderCell>)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {byVacancy.map((v) => (
          <TableRow key={v}>
            <TableCell>{vacancies.find((x) => x.slug === v)?.shortName ?? v}</TableCell>
            {used.map((s) => <TableCell key={s}>{count(v, s)}</TableCell>)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function DetailPanel({ credential, language, labels, staff, detail, onClose, onSaved }: { credential: Credential; language: Language; labels: Labels; staff: boolean; detail: Detail; onClose: () => void; onSaved: (d: Detail) => void }) {
  const styles = useStyles();
  const [status, setStatus] = useState(detail.summary.status);
  const [notes, setNotes] = useState(detail.notes ?? "");
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  useEffect(() => { setStatus(detail.summary.status); setNotes(detail.notes ?? ""); }, [detail]);

  // Staff see who viewed or changed this application (the API refuses everyone else).
  const [trail, setTrail] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    if (!staff) return;
    call<AuditEntry[]>(credential, `applications/${encodeURIComponent(detail.summary.id)}/audit`).then(setTrail, () => setTrail(null));
  }, [staff, credential, detail]);

  const save = async () => {
    try {
      const saved = await call<Detail>(credential, `applications/${encodeURIComponent(detail.summary.id)}?lang=${language}`, {
        method: "PATCH", body: JSON.stringify({ status, notes, version: detail.summary.version }),
      });
      setMessage({ intent: "success", text: t(language, "saved") });
      onSaved(saved);
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 409 && error.body && typeof error.body === "object" && "current" in error.body) {
        setMessage({ intent: "warning", text: t(language, "conflict") });
        onSaved((error.body as { current: Detail }).current);
      } else {
        setMessage({ intent: "error", text: t(language, "error", error.message) });
      }
    }
  };

  return (
    <Drawer type="overlay" position="end" size="large" open onOpenChange={(_, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t(language, "close")} onClick={onClose}>✕</Button>}>{detail.summary.displayName}</DrawerHeaderTitle>
        <Caption1>{`${detail.summary.vacancyName} · ${detail.summary.candidateId}`}</Caption1>
      </DrawerHeader>
      <DrawerBody>
        {message && <MessageBar intent={message.intent} role="alert"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
        <div><Badge appearance="filled" color={verdictColour(detail.summary.eligibility)}>{detail.summary.eligibilityLabel}</Badge></div>
        <Title3 as="h2">{t(language, "criteria")}</Title3>
        <ul className={styles.criteria} aria-label={t(language, "criteria")}>
          {detail.criteria.map((c) => (
            <li key={c.criterion}>
              <Text weight="semibold">{`${c.label}: `}</Text>
              <Badge appearance="tint" color={c.outcome === "Passed" ? "success" : c.outcome === "Failed" ? "danger" : "warning"}>{c.outcome}</Badge>
              <Text block>{c.reason}</Text>
              {c.fix && <Caption1 block>{c.fix}</Caption1>}
            </li>
          ))}
        </ul>
        <Text block>{t(language, "desirable", detail.summary.desirable.matched, detail.summary.desirable.total)}</Text>
        <Field label={t(language, "status")}>
          <Dropdown value={labelOf(labels.statuses, status)} selectedOptions={[status]} onOptionSelect={(_, d) => d.optionValue && setStatus(d.optionValue)}>
            {labels.statuses.map((s) => <Option key={s.value} value={s.value}>{s.label}</Option>)}
          </Dropdown>
        </Field>
        <Field label={t(language, "notes")}>
          <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} maxLength={4000} resize="vertical" />
        </Field>
        <Button appearance="primary" onClick={save}>{t(language, "save")}</Button>
        {trail && (
          <>
            <Title3 as="h2">{t(language, "trail")}</Title3>
            <ul aria-label={t(language, "trail")}>
              {trail.map((e, i) => (
                <li key={i}>
                  <Text>{`${new Date(e.at).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" })} · ${t(language, `audit${e.action}` as Key)}${e.detail ? ` (${e.detail})` : ""} · ${e.actor}`}</Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </DrawerBody>
    </Drawer>
  );
}

function Consent({ language }: { language: Language }) {
  // The consent step opens Entra's consent prompt for this app in a Teams authentication window.
  const ask = async () => {
    await authentication.authenticate({ url: `${window.location.origin}/tab/auth/start?purpose=consent`, width: 600, height: 535 });
    window.location.reload();
  };
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t(language, "consent")} <Button onClick={ask}>{t(language, "grantConsent")}</Button></MessageBarBody>
    </MessageBar>
  );
}
