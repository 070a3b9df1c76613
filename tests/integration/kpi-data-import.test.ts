import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import {
  auditLog,
  kpiCareStartRecords,
  kpiDataImports,
  kpiResultRecords,
  kpis,
  products,
  subregions,
} from "@/db/schema";
import { listMeasurements } from "@/db/queries/contracts";
import { createContract } from "@/lib/contract/writes";
import { InputError, NotFoundError } from "@/lib/errors";
import { importMeasurementData } from "@/lib/kpi/measurement/import-writes";
import { listDataImportsFor } from "@/lib/kpi/measurement/reads";
import { saveMeasurement } from "@/lib/kpi/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const NOW = new Date("2027-02-10T10:00:00Z");
const HEADER = "referentie;productcode;startdatum 301;startdatum 305;verzenddatum 305";
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n"));

async function world(getDb: () => Parameters<typeof providerWorld>[0], suffix: string) {
  const db = getDb();
  const w = await providerWorld(db, suffix);
  const [sub] = await db
    .select()
    .from(subregions)
    .where(eq(subregions.name, `Subregio${suffix}`));
  const [product] = await db
    .select()
    .from(products)
    .where(eq(products.code, `P${suffix}`));
  const { id } = await createContract(w.ctx, {
    providerId: w.a.id,
    trajectoryId: w.input.trajectoryId,
    reference: `REF-${suffix}`,
    title: "Begeleiding individueel",
    productIds: [product!.id],
    subregionIds: [sub!.id],
    awardedOn: "2025-10-01",
    startsOn: "2026-01-01",
    termForm: "2+2",
    termFormReason: null,
  });
  const code = product!.code;
  const input = (kind: "care_start" | "result", bytes: Uint8Array) => ({
    contractId: id,
    subregionId: sub!.id,
    year: 2026,
    kind,
    fileName: "data.csv",
    bytes,
  });
  return { ...w, db, contractId: id, sub: sub!, code, input };
}

describeEachDatabase("KPI data import", (getDb) => {
  it("imports a year, computes the KPI result and replaces it on re-import with a diff count", async () => {
    const w = await world(getDb, "k1");
    const lines = Array.from({ length: 12 }, (_, i) => {
      const late = i < 3; // three start after day 42
      return `C-${i};${w.code};05-01-2026;${late ? "2026-02-20" : "2026-01-12"};${late ? "23-02-2026" : i === 5 ? "30-01-2026" : "13-01-2026"}`;
    });
    const first = await importMeasurementData(w.ctx, w.input("care_start", csv(lines)), NOW);
    expect(first).toMatchObject({ rows: 12, added: 12, removed: 0, changed: 0, percentage: 75, clients: 12 });
    const [careKpi] = await w.db
      .select()
      .from(kpis)
      .where(and(eq(kpis.contractId, w.contractId), eq(kpis.code, "care_start")));
    const [result] = (await listMeasurements(w.db, w.contractId)).filter((m) => m.kpiId === careKpi!.id);
    expect(result).toMatchObject({ year: 2026, value: 75, clientsInCare: 12, source: "computed" });

    const [view] = await listDataImportsFor(w.db, w.memberA, { id: w.contractId, providerId: w.a.id });
    expect(view!.kind).toBe("care_start");
    expect(view!.computation).toMatchObject({ startedInTime: 9, allocations: 12, lateMessages: 1, measured: true });
    await expect(listDataImportsFor(w.db, w.memberB, { id: w.contractId, providerId: w.a.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    // Typing a result over the computed one is refused.
    await expect(
      saveMeasurement(
        w.ctx,
        {
          contractId: w.contractId,
          kpiId: careKpi!.id,
          subregionId: w.sub.id,
          year: 2026,
          value: 99,
          clientsInCare: 12,
        },
        NOW,
      ),
    ).rejects.toThrow(/meetgegevens geïmporteerd/);

    // Re-import: C-0 changed (now in time), C-11 gone, C-12 and C-13 new; 10 of 13 in time.
    const second = [
      `C-0;${w.code};05-01-2026;2026-01-12;13-01-2026`,
      ...lines.slice(1, 11),
      `C-12;${w.code};05-01-2026;2026-01-12;13-01-2026`,
      `C-13;${w.code};05-01-2026;2026-01-12;13-01-2026`,
    ];
    const again = await importMeasurementData(w.ctx, w.input("care_start", csv(second)), NOW);
    expect(again).toMatchObject({ rows: 13, added: 2, removed: 1, changed: 1, unchanged: 10 });
    const stored = await w.db.select().from(kpiCareStartRecords);
    expect(stored).toHaveLength(13);
    expect(await w.db.select().from(kpiDataImports)).toHaveLength(1);
    const audits = await w.db.select().from(auditLog).where(eq(auditLog.action, "kpi.import_data"));
    expect(audits.at(-1)!.details).toMatchObject({ replaced: true, added: 2, removed: 1, changed: 1, unchanged: 10 });
  });

  it("refuses a file with a BSN-like column, naming it, and leaves the stored year untouched", async () => {
    const w = await world(getDb, "k2");
    const good = Array.from({ length: 10 }, (_, i) => `R${i};${w.code};nee;zorgaanbieder`);
    const header = "referentie;productcode;behaald;reden";
    const enc = (lines: string[], head = header) => new TextEncoder().encode([head, ...lines].join("\n"));
    await importMeasurementData(w.ctx, w.input("result", enc(good)), NOW);

    const withBsn = good.map((l, i) => `${l};${i === 3 ? "111222333" : ""}`);
    const refused = importMeasurementData(w.ctx, w.input("result", enc(withBsn, `${header};klantnummer`)), NOW);
    await expect(refused).rejects.toBeInstanceOf(InputError);
    const error = (await refused.catch((e: unknown) => e)) as InputError;
    expect(error.fieldErrors.file!.join("\n")).toMatch(
      /Rij 5, kolom ‘klantnummer’: Lijkt persoonsgegevens te bevatten/,
    );

    // A bad row among good ones: nothing half-imported, the earlier year stays as it was.
    const mixed = [...good.slice(0, 5).map((l) => l.replace(";nee;zorgaanbieder", ";ja;")), `X1;${w.code};nee;`];
    await expect(importMeasurementData(w.ctx, w.input("result", enc(mixed)), NOW)).rejects.toBeInstanceOf(InputError);
    const stored = await w.db.select().from(kpiResultRecords);
    expect(stored).toHaveLength(10);
    expect(stored.every((r) => !r.achieved && r.reason === "provider")).toBe(true);
    const refusals = await w.db.select().from(auditLog).where(eq(auditLog.result, "failure"));
    expect(refusals.filter((a) => a.action === "kpi.import_data")).toHaveLength(2);
    expect(JSON.stringify(refusals.map((a) => a.details))).not.toContain("111222333");

    // A re-import of the evaluations: R0 now achieved, R9 gone, the rest the same.
    const next = [`R0;${w.code};ja;`, ...good.slice(1, 9)];
    const outcome = await importMeasurementData(w.ctx, w.input("result", enc(next)), NOW);
    expect(outcome).toMatchObject({ rows: 9, added: 0, removed: 1, changed: 1, unchanged: 8, percentage: 11.11 });
  });

  it("refuses an established year, the year still running and a year in the future", async () => {
    const w = await world(getDb, "k3");
    const lines = [`C-1;${w.code};05-01-2025;2025-01-12;13-01-2025`];
    await expect(
      importMeasurementData(
        w.ctx,
        { ...w.input("care_start", csv(lines)), year: 2025 },
        new Date("2026-06-01T10:00:00Z"),
      ),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.stringContaining("vastgesteld")] } });
    // On 10 February 2027 the year 2027 is still running: only a completed calendar year is measured.
    const running = [`C-1;${w.code};05-01-2027;2027-01-12;13-01-2027`];
    await expect(
      importMeasurementData(w.ctx, { ...w.input("care_start", csv(running)), year: 2027 }, NOW),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.stringMatching(/^Meetjaar 2027 is nog niet voorbij/)] } });
    // The year and the file's own problems are reported together.
    const refused = (await importMeasurementData(
      w.ctx,
      { ...w.input("care_start", csv(lines)), year: 2028 },
      NOW,
    ).catch((e: unknown) => e)) as InputError;
    expect(refused).toBeInstanceOf(InputError);
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["file", "year"]);
  });

  it("imports an XLSX file with date cells and Excel serial numbers like the CSV", async () => {
    const w = await world(getDb, "k4");
    const text = (value: string) => ({ type: String, value });
    const rows = [
      ["referentie", "productcode", "startdatum 301", "startdatum 305", "verzenddatum 305"].map(text),
      ...Array.from({ length: 10 }, (_, i) => [
        text(`X-${i}`),
        text(w.code),
        { type: Date, value: new Date(Date.UTC(2026, 2, 2)), format: "dd-mm-yyyy" },
        // 46090 is 9 March 2026; row 0 starts on 20 April 2026 (day 49): late.
        i === 0 ? text("2026-04-20") : { type: Number, value: 46090 },
        text(i === 0 ? "21-04-2026" : "10-03-2026"),
      ]),
    ];
    const bytes = new Uint8Array(await writeXlsxFile(rows).toBuffer());
    const outcome = await importMeasurementData(w.ctx, { ...w.input("care_start", bytes), fileName: "jaar.xlsx" }, NOW);
    expect(outcome).toMatchObject({ rows: 10, percentage: 90, clients: 10 });
    const stored = await w.db.select().from(kpiCareStartRecords).where(eq(kpiCareStartRecords.reference, "X-1"));
    expect(stored[0]).toMatchObject({
      allocationStart: "2026-03-02",
      actualStart: "2026-03-09",
      messageSent: "2026-03-10",
    });
  });
});
