import { groupBy } from "@/lib/collections";
import { formatDate, t } from "@/lib/i18n";
import { drawKey } from "./draw";
import type { SizeClass } from "./size-class";
import { allocateSeats } from "./seat-allocation";
import {
  INVITE_ALL_UP_TO,
  TABLE_CAPS,
  type SelectionInput,
  type SelectionOutcome,
  type SelectionResult,
  type TableCandidate,
} from "./types";

const CLASSES: SizeClass[] = ["large", "medium", "small"];

type Say = (key: string, vars?: Record<string, string | number>) => string;

/** Most providers share one of a handful of reasons; formatting each once keeps large tables fast. */
function memoisedTranslator(): Say {
  const cache = new Map<string, string>();
  return (key, vars) => {
    const id = vars ? `${key}|${JSON.stringify(vars)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, vars);
      cache.set(id, text);
    }
    return text;
  };
}

/** Whether the provider had a seat at the most recent earlier session of this table. */
export function seatedAtPreviousSession(candidate: TableCandidate): boolean {
  const records = candidate.attendance;
  let latestDate = "";
  let invited = false;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.sessionDate > latestDate) {
      latestDate = record.sessionDate;
      invited = record.invited;
    }
  }
  return invited;
}

export const isExcludedOn = (candidate: Pick<TableCandidate, "excludedUntil">, date: string) =>
  !!candidate.excludedUntil && date < candidate.excludedUntil;

type Ranked = Pick<TableCandidate, "id" | "sizeClass" | "subregionId" | "excludedUntil"> & {
  rotation: boolean;
  key: string;
  index?: number;
};

/** Rotation first (not seated last time), then the recorded draw. */
export const byRotationThenDraw = (a: Ranked, b: Ranked) =>
  Number(b.rotation) - Number(a.rotation) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Composes a consultation table by the region's rules (Bijlage 19, "Samenstelling overlegtafel"):
 * twelve or fewer relevant providers are all invited; above that at most 5 large, 5 medium and
 * 2 small providers, spread over the sub-regions in proportion to where the candidates are.
 * Equal candidates are ordered by rotation, then by the seeded draw, so the same input always
 * gives the same table.
 */
export function selectParticipants(input: SelectionInput): SelectionResult {
  const caps = input.caps ?? TABLE_CAPS;
  const say = memoisedTranslator();
  const subregionName = new Map(input.subregions.map((s) => [s.id, s.name]));
  // Outcomes by input position: the output keeps the input's order without a lookup per provider.
  const outcomes = new Array<SelectionOutcome>(input.providers.length);
  const ranked: Ranked[] = input.providers.map((p, index) => ({
    id: p.id,
    sizeClass: p.sizeClass,
    subregionId: p.subregionId,
    excludedUntil: p.excludedUntil,
    rotation: !seatedAtPreviousSession(p),
    key: drawKey(input.seed, p.id),
    index,
  }));
  const decide = (p: Ranked, invited: boolean, reason: string) => {
    outcomes[p.index!] = { providerId: p.id, invited, reason, rotationPreferred: p.rotation, drawKey: p.key };
  };

  const relevant: Ranked[] = [];
  for (const p of ranked) {
    if (!subregionName.has(p.subregionId)) decide(p, false, say("overlegtafel.reason_outOfScope"));
    else if (isExcludedOn(p, input.date))
      decide(p, false, say("overlegtafel.reason_excluded", { until: formatDate(p.excludedUntil ?? input.date) }));
    else relevant.push(p);
  }

  if (relevant.length <= INVITE_ALL_UP_TO) {
    const reason = say("overlegtafel.reason_all", { count: relevant.length });
    for (const p of relevant) decide(p, true, reason);
  } else {
    const unclassified = say("overlegtafel.reason_unclassified");
    const byClass: Record<SizeClass, Ranked[]> = { large: [], medium: [], small: [] };
    for (const p of relevant) {
      if (p.sizeClass === "unclassified") decide(p, false, unclassified);
      else byClass[p.sizeClass].push(p);
    }
    for (const cls of CLASSES) composeClass(byClass[cls], cls, caps[cls], input.seed, subregionName, decide, say);
  }

  return {
    mode: relevant.length <= INVITE_ALL_UP_TO ? "all" : "capped",
    relevantCount: relevant.length,
    outcomes,
  };
}

function composeClass(
  candidates: Ranked[],
  cls: SizeClass,
  cap: number,
  seed: string,
  subregionName: Map<string, string>,
  decide: (p: Ranked, invited: boolean, reason: string) => void,
  say: Say,
) {
  const className = say(`overlegtafel.class_${cls}`);
  if (candidates.length <= cap) {
    // Seats a class cannot fill stay empty; they do not move to another class.
    const reason = say("overlegtafel.reason_classComplete", { count: candidates.length, class: className, cap });
    for (const p of candidates) decide(p, true, reason);
    return;
  }
  const bySubregion = groupBy(candidates, (p) => p.subregionId);
  const seats = allocateSeats(new Map([...bySubregion].map(([id, list]) => [id, list.length])), cap, seed);
  for (const [subregionId, list] of bySubregion) {
    const subregion = subregionName.get(subregionId) ?? subregionId;
    const subregionSeats = seats.get(subregionId) ?? 0;
    const winners = new Set(firstInOrder(list, subregionSeats));
    const rotationDecided = [...winners].some((w) => w.rotation);
    // Rotation only explains a seat when someone who sat at the previous session lost one here.
    let seatedBeforeLost = false;
    for (const p of list) if (!p.rotation && !winners.has(p)) seatedBeforeLost = true;
    // The few possible reasons of this group, worded once.
    const vars = { seats: subregionSeats, class: className, subregion, cap };
    const noSeat = say("overlegtafel.reason_noSeatForSubregion", vars);
    const wonByRotation = say("overlegtafel.reason_seatRotation", vars);
    const wonByDraw = say("overlegtafel.reason_seatDraw", vars);
    const everyoneSeated = say("overlegtafel.reason_seatAll", vars);
    const lostToRotation = say("overlegtafel.reason_noSeatRotation", vars);
    const lostInDraw = say("overlegtafel.reason_noSeatDraw", vars);
    for (const p of list) {
      if (subregionSeats === 0) decide(p, false, noSeat);
      else if (list.length <= subregionSeats) decide(p, true, everyoneSeated);
      else if (winners.has(p)) decide(p, true, p.rotation && seatedBeforeLost ? wonByRotation : wonByDraw);
      else decide(p, false, !p.rotation && rotationDecided ? lostToRotation : lostInDraw);
    }
  }
}

/**
 * The first `k` candidates in rotation-then-draw order, without sorting the whole group: a
 * class has at most five seats, so one pass with a short sorted list is enough.
 */
export function firstInOrder<T extends Ranked>(list: readonly T[], k: number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const p of list) {
    if (best.length === k && byRotationThenDraw(p, best[k - 1]!) >= 0) continue;
    let i = best.length < k ? best.length : k - 1;
    best[i] = p;
    while (i > 0 && byRotationThenDraw(best[i]!, best[i - 1]!) < 0) {
      [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
      i -= 1;
    }
  }
  return best;
}
