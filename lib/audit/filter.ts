import { z } from "zod";
import { t } from "@/lib/i18n";
import { isCalendarDay } from "@/lib/time/calendar-day";
import { knownAuditValues } from "./options";

export const AUDIT_RESULTS = ["success", "denied", "failure"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
const RESULT_PARAM: Record<AuditResult, string> = { success: "gelukt", denied: "geweigerd", failure: "mislukt" };

export const MAX_TEXT = 200;
const CODE = /^[a-z_0-9]+(\.[a-z_0-9]+)?$/;

/** What the audit view is narrowed to; every field optional. Dates are Amsterdam calendar days, `to` included. */
export type AuditFilter = {
  actor: string | null;
  action: string | null;
  category: string | null;
  objectType: string | null;
  objectId: string | null;
  result: AuditResult | null;
  from: string | null;
  to: string | null;
  trajectoryId: string | null;
};

/** A keyset position: the entry the page continues after (older) or before (newer). */
export type AuditCursor = { direction: "older" | "newer"; id: number };

export type RawParams = Record<string, string | string[] | undefined>;
export type AuditFilterParse =
  | { ok: true; filter: AuditFilter; cursor: AuditCursor | null; typed: Record<keyof typeof PARAM, string> }
  | { ok: false; errors: string[]; typed: Record<keyof typeof PARAM, string> };

/** The names in the address, Dutch like the rest of the portal's addresses. */
export const PARAM = {
  actor: "wie",
  action: "handeling",
  category: "soort",
  objectType: "object",
  objectId: "objectid",
  result: "resultaat",
  from: "van",
  to: "tot",
} as const;

export const EMPTY_FILTER: AuditFilter = {
  actor: null,
  action: null,
  category: null,
  objectType: null,
  objectId: null,
  result: null,
  from: null,
  to: null,
  trajectoryId: null,
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads the cursor of a "more" link: `na=<id>` (older entries) or `voor=<id>` (newer); null when malformed. */
export function parseCursor(older: string, newer: string): AuditCursor | null | "invalid" {
  if (older && newer) return "invalid";
  const raw = older || newer;
  if (!raw) return null;
  if (!/^\d{1,15}$/.test(raw)) return "invalid";
  const id = Number(raw);
  return id > 0 ? { direction: older ? "older" : "newer", id } : "invalid";
}

/*
 * A name or address is matched anywhere in the actor's label, which a trigram index serves (migration 0041).
 * Fewer than three characters give it no trigram to look up: a question that matches nothing would then read
 * every entry of the trail.
 */
export const MIN_ACTOR_TEXT = 3;

function actorText(value: string | null, errors: string[]): string | null {
  if (!value || value.length >= MIN_ACTOR_TEXT || isUuid(value)) return value;
  errors.push(t("auditView.error.actorShort", { min: MIN_ACTOR_TEXT }));
  return null;
}

/** Parses the audit view's address: every problem at once, in Dutch; never throws. */
export function parseAuditFilter(params: RawParams): AuditFilterParse {
  const typed = Object.fromEntries(
    Object.entries(PARAM).map(([k, p]) => [k, first(params[p]).replace(CONTROL, "")]),
  ) as Record<keyof typeof PARAM, string>;
  const errors: string[] = [];
  const text = (value: string, key: string) => {
    if (value.length <= MAX_TEXT) return value || null;
    errors.push(t(`auditView.error.${key}`, { max: MAX_TEXT }));
    return null;
  };
  const code = (value: string, key: "action" | "category") => {
    if (!value) return null;
    if (CODE.test(value) && value.length <= 80 && knownAuditValues[key](value)) return value;
    errors.push(t(`auditView.error.${key}`, { value: shown(value) }));
    return null;
  };
  const actor = actorText(text(typed.actor, "actorLength"), errors);
  const objectId = text(typed.objectId, "objectIdLength");
  const action = code(typed.action, "action");
  const category = code(typed.category, "category");
  const objectType = knownAuditValues.objectType(typed.objectType) ? typed.objectType : null;
  if (typed.objectType && !objectType) errors.push(t("auditView.error.objectType", { value: shown(typed.objectType) }));
  let result: AuditResult | null = null;
  if (typed.result) {
    const found = AUDIT_RESULTS.find((r) => RESULT_PARAM[r] === typed.result || r === typed.result);
    if (found) result = found;
    else
      errors.push(
        t("auditView.error.result", { value: shown(typed.result), choices: Object.values(RESULT_PARAM).join(", ") }),
      );
  }
  const day = (value: string, key: "from" | "to") => {
    if (!value) return null;
    if (isCalendarDay(value)) return value;
    errors.push(t(`auditView.error.${key}`));
    return null;
  };
  const from = day(typed.from, "from");
  const to = day(typed.to, "to");
  if (from && to && from > to) errors.push(t("auditView.error.period"));
  const cursor = parseCursor(first(params.na), first(params.voor));
  if (cursor === "invalid") errors.push(t("auditView.error.cursor"));
  if (errors.length) return { ok: false, errors, typed };
  const filter = { actor, action, category, objectType, objectId, result, from, to, trajectoryId: null };
  return { ok: true, filter, cursor: cursor === "invalid" ? null : cursor, typed };
}

/** The address of a filter (without the trajectory, which is in the path), for links that keep it. */
export function filterSearch(filter: AuditFilter, cursor?: AuditCursor | null): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value) p.set(key, value);
  };
  put(PARAM.actor, filter.actor);
  put(PARAM.action, filter.action);
  put(PARAM.category, filter.category);
  put(PARAM.objectType, filter.objectType);
  put(PARAM.objectId, filter.objectId);
  put(PARAM.result, filter.result ? RESULT_PARAM[filter.result] : null);
  put(PARAM.from, filter.from);
  put(PARAM.to, filter.to);
  if (cursor) p.set(cursor.direction === "older" ? "na" : "voor", String(cursor.id));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const resultParam = (r: AuditResult) => RESULT_PARAM[r];
export const isUuid = (value: string) => z.uuid().safeParse(value).success;
