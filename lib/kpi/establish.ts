import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import { contracts, kpiMeasurements, kpis } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { establishedBy, openMeasurementYear } from "./measurement-year";

/** Results of older years (entered late, or from before this job existed) are established without notices. */
const NOTICE_WINDOW_MS = 30 * 24 * 60 * 60_000;

export const ESTABLISH_JOB = "kpi-establish";

/**
 * The establishment moment (1 April after the measurement year, Dutch time): every result of a
 * year that is no longer open is stored as established, and per contract its provider and the
 * officer who keeps the contract are told once per year. Reads keep deciding by the date as well,
 * so a result is never answerable after 1 April, also not before this job has run.
 */
export async function establishDueResults(ctx: JobContext): Promise<{ established: number; notified: number }> {
  const { db, now } = ctx;
  const firstOpen = openMeasurementYear(now);
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(kpiMeasurements)
      .set({ establishedAt: now })
      .where(and(lt(kpiMeasurements.year, firstOpen), isNull(kpiMeasurements.establishedAt)))
      .returning({ kpiId: kpiMeasurements.kpiId, year: kpiMeasurements.year });
    if (rows.length === 0) return { established: 0, notified: 0 };
    const kpiRows = await tx
      .select({
        kpiId: kpis.id,
        contractId: contracts.id,
        reference: contracts.reference,
        providerId: contracts.providerId,
        createdBy: contracts.createdBy,
      })
      .from(kpis)
      .innerJoin(contracts, eq(contracts.id, kpis.contractId))
      .where(inArray(kpis.id, [...new Set(rows.map((r) => r.kpiId))]));
    const contractOf = new Map(kpiRows.map((k) => [k.kpiId, k]));
    const pairs = new Map<string, { year: number; contract: (typeof kpiRows)[number] }>();
    for (const r of rows) {
      const contract = contractOf.get(r.kpiId);
      if (contract) pairs.set(`${contract.contractId}:${r.year}`, { year: r.year, contract });
    }
    let notified = 0;
    for (const [key, { year, contract }] of pairs) {
      if (now.getTime() - establishedBy(year).getTime() > NOTICE_WINDOW_MS) continue;
      if (!(await claimEffect(tx, "kpi.established", key, now))) continue;
      const message = { title: contract.reference, year: String(year) };
      notified += await notifyUsers(tx, await speakersFor(tx, [contract.providerId]), {
        subject: t("jobs.establishedSubject", message),
        body: t("jobs.establishedBody", message),
        link: `${ctx.siteUrl}/mijn-contracten/${contract.contractId}`,
      });
      notified += await notifyUsers(tx, [contract.createdBy], {
        subject: t("jobs.establishedSubject", message),
        body: t("jobs.establishedOfficerBody", message),
        link: `${ctx.siteUrl}/beheer/contracten/${contract.contractId}`,
      });
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(ESTABLISH_JOB) },
        { action: "kpi.establish", objectType: "contract", objectId: contract.contractId, details: { year } },
      );
    }
    return { established: rows.length, notified };
  });
}
