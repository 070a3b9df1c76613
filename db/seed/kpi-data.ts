import { and, eq } from "drizzle-orm";
import { contracts, contractSubregions, subregions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { importMeasurementData, importYearProblem } from "@/lib/kpi/measurement/import-writes";
import type { MeasurementKind } from "@/lib/kpi/measurement/columns";
import { currentYear, lastCompletedYear } from "@/lib/kpi/measurement-year";
import { addDays } from "@/lib/time/calendar-day";
import { parseLocalDateTime } from "@/lib/time/amsterdam";
import type { Replay } from "./replay";

const CONTRACT_MANAGER = "contractmanager@purmerend.nl";
/** The demo contract and the one sub-region of it that has no typed results: the import adds, replaces nothing. */
export const IMPORTED = { contract: "ZW-BW-2026-001", subregion: "Zaanstad en Wormerland", product: "WMO-BI" };

const MINUTE = 60_000;

/**
 * When the demo's import happened. The source accepts data only for a completed year, from 1 January until its
 * establishment on 1 April: mid-February of this year, or shortly before the seed when that is still to come. In
 * the first minutes of a year, when even that lies before 1 January, the import is the previous year's.
 */
export function demoImportMoment(now: Date): Date {
  const year = currentYear(now);
  const february = (y: number) => parseLocalDateTime(`${y}-02-15T10:00`)!;
  const moment = new Date(Math.min(february(year).getTime(), now.getTime() - 10 * MINUTE));
  return importYearProblem(lastCompletedYear(moment), moment) === null ? moment : february(year - 1);
}

const pad = (n: number) => String(n).padStart(6, "0");
const dutch = (iso: string) => iso.split("-").reverse().join("-");

/**
 * A year of allocations (iWmo301) and starts (iWmo305) under pseudonymous references: 17 of 20 start within
 * 42 days (85%, sufficient), and two start messages are sent weeks after the start.
 */
function careStartFile(year: number): string {
  const lines = Array.from({ length: 20 }, (_, i) => {
    const allocated = addDays(`${year}-01-06`, i * 14);
    const started = addDays(allocated, [4, 11, 17].includes(i) ? 50 + i : 10 + (i % 4) * 5);
    const sent = addDays(started, [2, 9].includes(i) ? 16 : 1);
    return `ZS-${pad(201 + i)};${IMPORTED.product};${dutch(allocated)};${started};${dutch(sent)}`;
  });
  return ["referentie;productcode;startdatum 301;startdatum 305;verzenddatum 305", ...lines].join("\n");
}

/** Evaluations of the same year: 14 of 20 results achieved (70%), each miss with its reason. */
function resultFile(): string {
  const misses = ["client", "client", "client", "zorgaanbieder", "zorgaanbieder", "lokaal team"];
  const lines = Array.from({ length: 20 }, (_, i) => {
    const miss = i % 3 === 1 ? misses[(i - 1) / 3] : undefined;
    return `ZS-${pad(201 + i)};${IMPORTED.product};${miss ? "nee" : "ja"};${miss ?? ""}`;
  });
  return ["referentie;productcode;behaald;reden", ...lines].join("\n");
}

/**
 * The contract manager imports the region's own records for the last completed year of one demo contract, so
 * its KPI results are computed (shown as such) and the dashboard's distribution and trend include them.
 */
export async function insertKpiImport(tx: Executor, replay: Replay, now: Date): Promise<void> {
  const [target] = await tx
    .select({ contractId: contracts.id, subregionId: subregions.id })
    .from(contracts)
    .innerJoin(contractSubregions, eq(contractSubregions.contractId, contracts.id))
    .innerJoin(subregions, eq(subregions.id, contractSubregions.subregionId))
    .where(and(eq(contracts.reference, IMPORTED.contract), eq(subregions.name, IMPORTED.subregion)));
  if (!target) throw new Error(`demodata: contract ${IMPORTED.contract} in ${IMPORTED.subregion} ontbreekt`);
  const at = demoImportMoment(now);
  const year = lastCompletedYear(at);
  const files: [MeasurementKind, string, string][] = [
    ["care_start", `iwmo-301-305-${year}.csv`, careStartFile(year)],
    ["result", `evaluaties-${year}.csv`, resultFile()],
  ];
  for (const [kind, fileName, text] of files)
    await replay.as(CONTRACT_MANAGER, at, (ctx) =>
      importMeasurementData(
        ctx,
        { ...target, year, kind, fileName, bytes: new TextEncoder().encode(text) },
        // The domain's own clock for the rule of the source: the moment of the import, not the seed's.
        at,
      ),
    );
}
