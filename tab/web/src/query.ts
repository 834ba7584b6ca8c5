// The dashboard's state as the API's query string, and back: one place, so links and requests agree.
export interface Filter {
  vacancy?: string;
  status?: string;
  eligibility?: string;
  q?: string;
  sort: string;
  page: number;
  pageSize: number;
}

export const defaultFilter: Filter = { sort: "-submittedAt", page: 1, pageSize: 50 };

export function toQuery(f: Filter, language: string): string {
  const p = new URLSearchParams();
  if (f.vacancy) p.set("vacancy", f.vacancy);
  if (f.status) p.set("status", f.status);
  if (f.eligibility) p.set("eligibility", f.eligibility);
  if (f.q && f.q.trim()) p.set("q", f.q.trim());
  p.set("sort", f.sort);
  p.set("page", String(f.page));
  p.set("pageSize", String(f.pageSize));
  p.set("lang", language);
  return p.toString();
}

/** Clicking a column sorts by it; clicking it again reverses the order. */
export function nextSort(current: string, column: string): string {
  const key = current.replace(/^-/, "");
  if (key !== column) return column === "submittedAt" ? "-submittedAt" : column;
  return current.startsWith("-") ? column : `-${column}`;
}

export function pages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The filter a link asks for (?vacancy=&status=&eligibility=&q=&sort=), so a filtered view can be shared. */
export function fromQuery(search: string): Filter {
  const p = new URLSearchParams(search);
  const sort = p.get("sort");
  return {
    ...defaultFilter,
    vacancy: p.get("vacancy") || undefined,
    status: p.get("status") || undefined,
    eligibility: p.get("eligibility") || undefined,
    q: p.get("q") || undefined,
    sort: sort && /^-?(submittedAt|name|vacancy|status|eligibility)$/.test(sort) ? sort : defaultFilter.sort,
  };
}
