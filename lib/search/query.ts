import { z } from "zod";
import { t } from "@/lib/i18n";
import { addDays, isCalendarDay } from "@/lib/time/calendar-day";
import { decodeCursor, type SearchCursor } from "./cursor";
import { KIND_PARAM, SEARCH_STATUSES, STATUS_PARAM, type SearchKind, type SearchStatus } from "./kinds";

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 10_000;

/** The search as the address carries it; every value is a string as the browser sent it. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export type SearchRequest = {
  /** The words searched for, without control characters, quotes balanced. */
  q: string;
  kind: SearchKind | null;
  trajectoryId: string | null;
  /** Calendar days in Dutch time, both inclusive. */
  from: string | null;
  to: string | null;
  status: SearchStatus | null;
  page: number;
  cursor: SearchCursor | null;
};

export type SearchParse = {
  request: SearchRequest | null;
  /** Every problem at once, in Dutch; when there are any, nothing is searched. */
  errors: string[];
  /** What we changed in the question and still searched for, in Dutch. */
  notices: string[];
  /** What the visitor typed, to put back in the form. */
  typed: { q: string; kind: string; trajectory: string; from: string; to: string; status: string };
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
// Control and format characters (NUL, escape sequences, zero-width and direction marks) never belong
// in a search and some make the database refuse the text.
// Tabs and line breaks are ordinary spaces.
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\u{E000}-\u{F8FF}]/gu;

/** Cleans the question: invisible characters become spaces, runs of spaces one, an odd quote is closed. */
export function cleanQuery(raw: string): { q: string; hadInvisible: boolean; closedQuote: boolean } {
  const hadInvisible = raw.replace(INVISIBLE, "") !== raw;
  let q = raw.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  const quotes = (q.match(/"/g) ?? []).length;
  const closedQuote = quotes % 2 === 1;
  if (closedQuote) q = `${q}"`;
  return { q, hadInvisible, closedQuote };
}

const byParam = <T extends string>(map: Record<T, string>, value: string): T | undefined =>
  (Object.keys(map) as T[]).find((key) => map[key] === value);

/**
 * Reads and checks a search from the address. `allowedKinds` are the kinds this visitor can search
 * (an anonymous visitor cannot ask for providers). Never throws: bad input becomes Dutch errors.
 */
export function parseSearch(params: RawSearchParams, allowedKinds: readonly SearchKind[]): SearchParse {
  const typed = {
    q: first(params.q),
    kind: first(params.soort),
    trajectory: first(params.traject),
    from: first(params.van),
    to: first(params.tot),
    status: first(params.status),
  };
  const errors: string[] = [];
  const notices: string[] = [];
  const cleaned = cleanQuery(typed.q);
  if (cleaned.hadInvisible) notices.push(t("search.notice.invisible"));
  if (cleaned.closedQuote) notices.push(t("search.notice.quote"));
  const letters = cleaned.q.replace(/["\s-]/g, "");
  if (letters.length < MIN_QUERY_LENGTH) errors.push(t("search.error.tooShort", { min: MIN_QUERY_LENGTH }));
  if (cleaned.q.length > MAX_QUERY_LENGTH)
    errors.push(t("search.error.tooLong", { max: MAX_QUERY_LENGTH, length: cleaned.q.length }));

  let kind: SearchKind | null = null;
  if (typed.kind) {
    const found = byParam(KIND_PARAM, typed.kind);
    if (found && allowedKinds.includes(found)) kind = found;
    else
      errors.push(
        t("search.error.kind", {
          choices: allowedKinds.map((k) => KIND_PARAM[k]).join(", "),
          value: shown(typed.kind),
        }),
      );
  }
  let status: SearchStatus | null = null;
  if (typed.status) {
    const found = byParam(STATUS_PARAM, typed.status);
    if (found) status = found;
    else
      errors.push(
        t("search.error.status", {
          choices: SEARCH_STATUSES.map((s) => STATUS_PARAM[s]).join(", "),
          value: shown(typed.status),
        }),
      );
  }
  const trajectoryId = typed.trajectory ? z.uuid().safeParse(typed.trajectory) : null;
  if (trajectoryId && !trajectoryId.success) errors.push(t("search.error.trajectory"));
  const from = typed.from ? day(typed.from, "search.error.from", errors) : null;
  const to = typed.to ? day(typed.to, "search.error.to", errors) : null;
  if (from && to && from > to) errors.push(t("search.error.period"));

  const page = pageNumber(first(params.pagina), errors);
  const rawCursor = first(params.na);
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  if (rawCursor && !cursor) errors.push(t("search.error.cursor"));

  if (errors.length) return { request: null, errors, notices, typed };
  return {
    request: {
      q: cleaned.q,
      kind,
      trajectoryId: trajectoryId?.success ? trajectoryId.data : null,
      from,
      to,
      status,
      page,
      cursor,
    },
    errors,
    notices,
    typed,
  };
}

/** A value put back into an error message, shortened so a long address does not fill the page. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(INVISIBLE, "");

function day(value: string, key: "search.error.from" | "search.error.to", errors: string[]): string | null {
  if (isCalendarDay(value)) return value;
  errors.push(t(key));
  return null;
}

function pageNumber(value: string, errors: string[]): number {
  if (!value) return 1;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) return n;
  errors.push(t("search.error.page", { max: MAX_PAGE }));
  return 1;
}

/** A search without filters, first page: for scripts and tests that ask the domain directly. */
export const plainSearch = (q: string, kind: SearchKind | null = null): SearchRequest => ({
  q,
  kind,
  trajectoryId: null,
  from: null,
  to: null,
  status: null,
  page: 1,
  cursor: null,
});

/** The day after `to`, so that a period can be compared as [from, to + 1 day). */
export const dayAfter = (to: string) => addDays(to, 1);
