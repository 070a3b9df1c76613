import { performance } from "node:perf_hooks";
import { openDatabase, type Database } from "../../db/connection";
import { municipalities, products, providers, regions, subregions, users } from "../../db/schema";
import type { Actor } from "../../lib/auth/actor";
import { createContract } from "../../lib/contract/writes";
import { importMeasurementData } from "../../lib/kpi/measurement/import-writes";
import { createTrajectory } from "../../lib/trajectory/writes";
import { PHASES } from "../../lib/trajectory/constants";
import type { BenchResult } from "./measure";
import { withTemporaryDatabase } from "./temporary-database";

const ALLOCATIONS = 200_000;
const YEAR = 2026;
// 10 February 2027: the year 2026 is complete and not yet established.
const NOW = new Date("2027-02-10T10:00:00Z");

const pad = (n: number) => String(n).padStart(2, "0");

/** A year of start-of-care rows as a semicolon CSV, dates in both written forms, every 7th start late. */
function yearFile(changed = false): Uint8Array {
  const lines = ["referentie;productcode;startdatum 301;startdatum 305;verzenddatum 305"];
  for (let i = 0; i < ALLOCATIONS; i++) {
    const day = new Date(Date.UTC(YEAR, 0, 1 + (i % 300)));
    const start = new Date(day.getTime() + (i % 7 === 0 ? 50 : 10) * 86_400_000);
    // The corrected file of a re-import: every 20th 305 a day later.
    const shift = changed && i % 20 === 0 ? 1 : 0;
    const sent = new Date(start.getTime() + ((i % 11 === 0 ? 12 : 1) + shift) * 86_400_000);
    const dutch = (d: Date) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
    const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    lines.push(`P${String(i).padStart(7, "0")};B1;${dutch(day)};${iso(start)};${dutch(sent)}`);
  }
  return new TextEncoder().encode(lines.join("\n"));
}

async function world(db: Database) {
  const [region] = await db.insert(regions).values({ name: "Benchregio" }).returning();
  const [sub] = await db.insert(subregions).values({ name: "Benchsubregio", regionId: region!.id }).returning();
  const [municipality] = await db
    .insert(municipalities)
    .values({ name: "Benchgemeente", subregionId: sub!.id })
    .returning();
  const [product] = await db.insert(products).values({ code: "B1", name: "Begeleiding", domain: "wmo" }).returning();
  const [officer] = await db
    .insert(users)
    .values({ email: "contract@bench.example", name: "Contractmanager", role: "officer" })
    .returning();
  const actor: Actor = {
    id: officer!.id,
    name: officer!.name,
    email: officer!.email,
    role: officer!.role,
    providerId: null,
    membershipStatus: officer!.membershipStatus,
    councilId: null,
  };
  const ctx = { db, actor, origin: "bench" };
  const { id: trajectoryId } = await createTrajectory(ctx, {
    title: "Benchmarktraject",
    summary: "Een traject om de KPI-import te meten.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    visibility: "public",
    estimatedValue: 1_000_000,
    productIds: [product!.id],
    municipalityIds: [municipality!.id],
    responsibilities: [{ task: "Procesregie", responsible: "Team inkoop" }],
    plan: PHASES.map((phase, i) => ({ phase, plannedStart: `2027-0${i + 1}-01`, plannedEnd: `2027-0${i + 1}-28` })),
  });
  const [provider] = await db
    .insert(providers)
    .values({ name: "Benchaanbieder", kvkNumber: "90000001", city: "Zaandam", sizeClass: "large" })
    .returning();
  const { id: contractId } = await createContract(ctx, {
    providerId: provider!.id,
    trajectoryId,
    reference: "BENCH-1",
    title: "Begeleiding",
    productIds: [product!.id],
    subregionIds: [sub!.id],
    awardedOn: "2025-10-01",
    startsOn: "2026-01-01",
    termForm: "2+2",
    termFormReason: null,
  });
  return { ctx, contractId, subregionId: sub!.id };
}

/**
 * Imports and computes a year of 200,000 allocations for one region: reading the CSV, the
 * personal-data scan, every row check, the computation and the stored rows with the KPI result,
 * in one transaction. Measured twice: the first import, and the re-import that replaces it.
 */
export async function benchKpiImport(serverUrl?: string): Promise<BenchResult[]> {
  return serverUrl ? withTemporaryDatabase(serverUrl, (databaseUrl) => importYear(databaseUrl)) : importYear();
}

async function importYear(databaseUrl?: string): Promise<BenchResult[]> {
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: "memory://" });
  try {
    const { ctx, contractId, subregionId } = await world(db);
    const files = [yearFile(), yearFile(true)];
    const driver = databaseUrl ? "PostgreSQL" : "PGlite";
    const results: BenchResult[] = [];
    for (const [n, label] of ["eerste import", "herimport met 5% gewijzigde rijen, die het jaar vervangt"].entries()) {
      const bytes = files[n]!;
      const input = { contractId, subregionId, year: YEAR, kind: "care_start" as const, fileName: "jaar.csv", bytes };
      const start = performance.now();
      const outcome = await importMeasurementData(ctx, input, NOW);
      const elapsed = performance.now() - start;
      if (outcome.rows !== ALLOCATIONS) throw new Error(`expected ${ALLOCATIONS} rows, imported ${outcome.rows}`);
      if (n === 1 && outcome.changed !== ALLOCATIONS / 20)
        throw new Error(`expected 10,000 changed, got ${outcome.changed}`);
      results.push({
        name:
          `KPI-import start zorg — ${ALLOCATIONS.toLocaleString("nl-NL")} toewijzingen ` +
          `(${(bytes.byteLength / 1024 ** 2).toFixed(1)} MB CSV), ${label} (${driver})`,
        runs: 1,
        medianMs: elapsed,
        p95Ms: elapsed,
        targetMs: 10_000,
      });
    }
    return results;
  } finally {
    await db.$close();
  }
}
