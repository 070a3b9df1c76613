import { MIN_CLIENTS } from "@/lib/kpi/scoring";
import type { DayNumber } from "./day-number";
import { addWorkingDays } from "./working-days";

/**
 * Source 002, KPI Continuïteit van ondersteuning: care starts "uiterlijk binnen 6 weken na de in
 * iWmo301 opgenomen startdatum". Rule used here: the start date of the 301 is day 0 and the last
 * day that still counts is day 42, the same weekday six weeks later (42 days, inclusive). A start
 * on day 43 is late. The difference is counted in calendar days, so a 29 February is one day.
 */
export const CARE_START_DAYS = 42;

/** The iWmo305 is to be sent "binnen 5 werkdagen na de start van de zorg": on the 5th working day at the latest. */
export const MESSAGE_WORKING_DAYS = 5;

export const MISS_REASONS = ["client", "provider", "local_team"] as const;
export type MissReason = (typeof MISS_REASONS)[number];

export type CareStartRow = {
  reference: string;
  product: string;
  allocationStart: DayNumber;
  actualStart: DayNumber;
  messageSent: DayNumber;
};
export type ResultRow = { reference: string; product: string; achieved: boolean; reason: MissReason | null };

export const startedInTime = (r: Pick<CareStartRow, "allocationStart" | "actualStart">) =>
  r.actualStart - r.allocationStart <= CARE_START_DAYS;

/** The last day on which the 305 is on time: the 5th Dutch working day after the actual start. */
export const messageDeadline = (actualStart: DayNumber) => addWorkingDays(actualStart, MESSAGE_WORKING_DAYS);

export function computeCareStart(rows: readonly CareStartRow[]): CareStartComputation {
  // A year has some 365 start days: each deadline is worked out once.
  const deadlines = new Map<DayNumber, DayNumber>();
  const deadlineOf = (start: DayNumber) => {
    let deadline = deadlines.get(start);
    if (deadline === undefined) deadlines.set(start, (deadline = messageDeadline(start)));
    return deadline;
  };
  return careStartOf(rows, deadlineOf);
}

export type LateMessage = {
  reference: string;
  product: string;
  actualStart: DayNumber;
  sent: DayNumber;
  deadline: DayNumber;
};

export type CareStartComputation = {
  allocations: number;
  clients: number;
  startedInTime: number;
  /** Two decimals, as KPI results are stored. */
  percentage: number;
  /** The separate signal: 305 messages sent after their deadline. */
  lateMessages: number;
  lateExamples: LateMessage[];
  /** The 10-client rule: scored only with at least 10 different clients in the data. */
  measured: boolean;
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);
const distinct = (rows: readonly { reference: string }[]) => new Set(rows.map((r) => r.reference)).size;

/** How many late 305 messages are listed by name; all are counted. */
export const LATE_EXAMPLES = 50;

function careStartOf(rows: readonly CareStartRow[], deadlineOf: (start: DayNumber) => DayNumber): CareStartComputation {
  let inTime = 0;
  let late = 0;
  const lateExamples: LateMessage[] = [];
  for (const r of rows) {
    if (startedInTime(r)) inTime++;
    const deadline = deadlineOf(r.actualStart);
    if (r.messageSent > deadline) {
      late++;
      if (lateExamples.length < LATE_EXAMPLES)
        lateExamples.push({
          reference: r.reference,
          product: r.product,
          actualStart: r.actualStart,
          sent: r.messageSent,
          deadline,
        });
    }
  }
  const clients = distinct(rows);
  return {
    allocations: rows.length,
    clients,
    startedInTime: inTime,
    percentage: percent(inTime, rows.length),
    lateMessages: late,
    lateExamples,
    measured: clients >= MIN_CLIENTS,
  };
}

export type ResultComputation = {
  evaluations: number;
  clients: number;
  achieved: number;
  percentage: number;
  /** Why results were not achieved, as the local team recorded it. */
  misses: Record<MissReason, number>;
  measured: boolean;
};

export function computeResults(rows: readonly ResultRow[]): ResultComputation {
  const misses: Record<MissReason, number> = { client: 0, provider: 0, local_team: 0 };
  let achieved = 0;
  for (const r of rows) {
    if (r.achieved) achieved++;
    else if (r.reason) misses[r.reason]++;
  }
  const clients = distinct(rows);
  return {
    evaluations: rows.length,
    clients,
    achieved,
    percentage: percent(achieved, rows.length),
    misses,
    measured: clients >= MIN_CLIENTS,
  };
}
