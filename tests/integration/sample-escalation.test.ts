import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  auditLog,
  escalationEvents,
  escalations,
  notifications,
  outbox,
  products,
  sampleChecks,
  subregions,
} from "@/db/schema";
import { createContract } from "@/lib/contract/writes";
import { DomainRuleError } from "@/lib/errors";
import { startEscalation } from "@/lib/escalation/writes";
import { recordSampleCheck } from "@/lib/performance/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

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
  const ladders = () => db.select().from(escalations).where(eq(escalations.contractId, id));
  return { ...w, db, contractId: id, ladders };
}

const sample = (contractId: string, drawn: number, failing: number, talkOn: string | null = "2027-03-01") => ({
  contractId,
  checkedOn: "2027-02-15",
  filesDrawn: drawn,
  filesFailing: failing,
  note: "Dossiers van het team Zaandam-Oost.",
  talkOn,
});

describeEachDatabase("a sample check above 10% opens escalation step 1", (getDb) => {
  it("exactly 10% records the sample and opens nothing", async () => {
    const w = await world(getDb, "s1");
    const outcome = await recordSampleCheck(w.ctx, sample(w.contractId, 100, 10, null));
    expect(outcome).toEqual({ proposesEscalation: false, escalationId: null, alreadyOpen: false });
    expect(await w.ladders()).toHaveLength(0);
    const [check] = await w.db.select().from(sampleChecks).where(eq(sampleChecks.contractId, w.contractId));
    expect(check).toMatchObject({ filesDrawn: 100, filesFailing: 10, escalationId: null });
    const starts = await w.db.select().from(auditLog).where(eq(auditLog.action, "escalation.start"));
    expect(starts.filter((a) => (a.details as { contractId?: string }).contractId === w.contractId)).toHaveLength(0);
  });

  it("10.1% opens step 1 with the sample as its ground, audited, both sides notified", async () => {
    const w = await world(getDb, "s2");
    const outcome = await recordSampleCheck(
      { ...w.ctx, site: "https://portaal.test" },
      sample(w.contractId, 1000, 101),
    );
    expect(outcome.proposesEscalation).toBe(true);
    const [ladder] = await w.ladders();
    expect(ladder).toMatchObject({
      id: outcome.escalationId,
      step: "step1",
      source: "sample_check",
      talkOn: "2027-03-01",
    });
    expect(ladder!.shortfall).toMatch(/in 101 van de 1000 getrokken dossiers \(10,1%\)/);
    expect(ladder!.shortfall).toMatch(/Dossiers van het team Zaandam-Oost\.$/);
    const [check] = await w.db.select().from(sampleChecks).where(eq(sampleChecks.contractId, w.contractId));
    expect(check!.escalationId).toBe(ladder!.id);
    const events = await w.db.select().from(escalationEvents).where(eq(escalationEvents.escalationId, ladder!.id));
    expect(events.map((e) => [e.kind, e.toStep])).toEqual([["start", "step1"]]);

    const [start] = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "escalation.start"), eq(auditLog.objectId, ladder!.id)));
    expect(start!.details).toMatchObject({ source: "sample_check", sampleCheckId: check!.id });
    const [recorded] = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "agreement.sample_check"), eq(auditLog.objectId, w.contractId)));
    expect(recorded!.details).toMatchObject({ escalationId: ladder!.id, proposesEscalation: true });

    const providerNote = await w.db.select().from(notifications).where(eq(notifications.userId, w.memberA.id));
    expect(providerNote).toHaveLength(1);
    expect(providerNote[0]!.link).toBe(`https://portaal.test/mijn-contracten/${w.contractId}/escalatie/${ladder!.id}`);
    const officerNote = await w.db.select().from(notifications).where(eq(notifications.userId, w.ctx.actor.id));
    expect(officerNote.map((n) => n.link)).toEqual([
      `https://portaal.test/beheer/contracten/${w.contractId}/escalatie/${ladder!.id}`,
    ]);
    const mails = await w.db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email));
    expect(mails.map((m) => m.subject)).toEqual(["Escalatieladder stap 1 geopend (REF-s2)"]);
    // The other provider hears nothing.
    expect(await w.db.select().from(notifications).where(eq(notifications.userId, w.memberB.id))).toHaveLength(0);
  });

  it("needs a talk date above 10%, and leaves an open ladder to continue", async () => {
    const w = await world(getDb, "s3");
    await expect(recordSampleCheck(w.ctx, sample(w.contractId, 20, 3, null))).rejects.toMatchObject({
      field: "talkOn",
    });
    expect(await w.db.select().from(sampleChecks).where(eq(sampleChecks.contractId, w.contractId))).toHaveLength(0);
    const { id } = await startEscalation(w.ctx, {
      contractId: w.contractId,
      source: "kpi",
      shortfall: "Resultaat behaald onder de norm.",
      talkOn: "2027-02-20",
    });
    const outcome = await recordSampleCheck(w.ctx, sample(w.contractId, 20, 3));
    expect(outcome).toEqual({ proposesEscalation: true, escalationId: id, alreadyOpen: true });
    expect(await w.ladders()).toHaveLength(1);
    await expect(
      startEscalation(w.ctx, {
        contractId: w.contractId,
        source: "other",
        shortfall: "Nog een keer.",
        talkOn: "2027-03-01",
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });
});
