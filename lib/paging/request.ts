import { t } from "@/lib/i18n";
import { decodeCursor, type KeyKind } from "./cursor";

export const MAX_PAGE = 100_000;

/** Which page to show: by number (the first page, or a jump), or strictly after or before a cursor. */
export type PageRequest = { page: number; after: string[] | null; before: string[] | null };

export type PagingParse = {
  request: PageRequest;
  /** A Dutch message when the address held a bad page number or cursor; the first page is shown then. */
  error: string | null;
};

export type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

export const FIRST_PAGE: PageRequest = { page: 1, after: null, before: null };

/** The address parameters of a list's paging; a second list on the same page gets a prefix. */
export const pagingNames = (prefix = "") => ({
  page: `${prefix}pagina`,
  after: `${prefix}na`,
  before: `${prefix}voor`,
});

/**
 * Reads `pagina`, `na` and `voor` (with `prefix` for a second list on a page) from the address.
 * Never throws: bad input becomes a Dutch message.
 */
export function parsePaging(params: RawParams, kinds: readonly KeyKind[], prefix = ""): PagingParse {
  const names = pagingNames(prefix);
  const rawPage = first(params[names.page]);
  const rawAfter = first(params[names.after]);
  const rawBefore = first(params[names.before]);
  let page = 1;
  if (rawPage) {
    const n = /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : NaN;
    if (!(Number.isInteger(n) && n >= 1 && n <= MAX_PAGE))
      return { request: FIRST_PAGE, error: t("paging.badPage", { max: MAX_PAGE }) };
    page = n;
  }
  if (rawAfter && rawBefore) return { request: FIRST_PAGE, error: t("paging.badCursor") };
  const after = rawAfter ? decodeCursor(rawAfter, kinds) : null;
  const before = rawBefore ? decodeCursor(rawBefore, kinds) : null;
  if ((rawAfter && !after) || (rawBefore && !before)) return { request: FIRST_PAGE, error: t("paging.badCursor") };
  return { request: { page, after, before }, error: null };
}
