import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  agreementDeliveries,
  auditLog,
  contractDocuments,
  contracts,
  escalationEvents,
  escalations,
  kpis,
  minutesVersions,
  performanceAgreements,
  products,
  subregions,
  users,
} from "@/db/schema";
import { listAgreements, listContracts, listMeasurements } from "@/db/queries/contracts";
import { isOverdue, nextDueDate } from "@/lib/performance/due-dates";
import { deliverAgreementReport, recordSampleCheck, requestDelivery } from "@/lib/performance/writes";
import { contractForActor } from "@/lib/contract/access";
import { addCustomKpi, createContract, extendContract } from "@/lib/contract/writes";
import { DomainRuleError, InputError, NotFoundError } from "@/lib/errors";
import {
  assessImprovementPlan,
  confirmRealised,
  holdEscalationTalk,
  moveToStep3,
  reportRealisation,
  setEscalationMeasures,
  startEscalation,
  submitImprovementPlan,
} from "@/lib/escalation/writes";
import { listDashboardAgreements, listDashboardLadders, listDashboardResults } from "@/db/queries/execution-dashboard";
import { importMeasurements, respondToMeasurement, saveMeasurement } from "@/lib/kpi/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { listContractMeetings, reportGrid } from "@/db/queries/contract-meetings";
import { STANDARD_AGENDA } from "@/lib/contract/meeting-agenda";
import { createContractMeeting, submitContractReport } from "@/lib/contract/meetings";
import { mayReadPublishedMinutes } from "@/lib/meeting/reads";
import { plainSearch } from "@/lib/search/query";
import { searchFor } from "@/lib/search/reads";
import { minutesRecipients } from "@/lib/minutes/recipients";
import { involvedTrajectoryIds } from "@/db/queries/search-scope";
import type { Actor } from "@/lib/auth/actor";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { providerWorld } from "./fixtures";

const NOW = new Date("2027-02-10T10:00:00Z");
const pdfFile = (name = "plan.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], name, {
    type: "application/pdf",
  });

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
  const make = (providerId: string, reference: string) =>
    createContract(w.ctx, {
      providerId,
      trajectoryId: w.input.trajectoryId,
      reference,
      title: "Begeleiding individueel",
      productIds: [product!.id],
      subregionIds: [sub!.id],
      awardedOn: "2025-10-01",
      startsOn: "2026-01-01",
      termForm: "2+2",
      termFormReason: null,
    });
  return { db, ...w, sub: sub!, make };
}

describeEachDatabase("execution phase", (getDb) => {
  it("creates a contract with the three standard KPIs, scores results and keeps other providers out", async () => {
    const w = await world(getDb, "x1");
    const { id } = await w.make(w.a.id, "REF-X1-A");
    const { id: otherId } = await w.make(w.b.id, "REF-X1-B");
    const contractKpis = await w.db.select().from(kpis).where(eq(kpis.contractId, id));
    expect(contractKpis.map((k) => k.code).sort()).toEqual(["care_start", "client_satisfaction", "result_achieved"]);
    const result = contractKpis.find((k) => k.code === "result_achieved")!;

    await saveMeasurement(
      w.ctx,
      { contractId: id, kpiId: result.id, subregionId: w.sub.id, year: 2026, value: 60, clientsInCare: 30 },
      NOW,
    );
    const [m] = await listMeasurements(w.db, id);
    expect(m).toMatchObject({ year: 2026, value: 60, clientsInCare: 30 });

    await expect(
      saveMeasurement(
        w.ctx,
        { contractId: id, kpiId: result.id, subregionId: w.sub.id, year: 2028, value: 60, clientsInCare: 30 },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.any(String)] } });
    // 2027 is still running on 10 February 2027: only a completed calendar year has a result.
    await expect(
      saveMeasurement(
        w.ctx,
        { contractId: id, kpiId: result.id, subregionId: w.sub.id, year: 2027, value: 60, clientsInCare: 30 },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.stringMatching(/^Meetjaar 2027 is nog niet voorbij/)] } });
    await expect(
      saveMeasurement(
        w.ctx,
        { contractId: id, kpiId: result.id, subregionId: w.sub.id, year: 2026, value: 101, clientsInCare: 30 },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { value: [expect.any(String)] } });
    const satisfaction = contractKpis.find((k) => k.code === "client_satisfaction")!;
    await expect(
      saveMeasurement(
        w.ctx,
        { contractId: id, kpiId: satisfaction.id, subregionId: w.sub.id, year: 2026, value: 10.5, clientsInCare: 30 },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { value: ["Een cijfer ligt tussen 0 en 10."] } });
    // 2025 was established on 1 April 2026: no more changes.
    await expect(
      saveMeasurement(
        w.ctx,
        { contractId: id, kpiId: result.id, subregionId: w.sub.id, year: 2025, value: 70, clientsInCare: 30 },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.stringContaining("2025")] } });
    // Every problem of one entry at once: a sub-region outside the contract, a future year, a value out of range.
    const several = await saveMeasurement(
      w.ctx,
      { contractId: id, kpiId: result.id, subregionId: crypto.randomUUID(), year: 2028, value: 140, clientsInCare: 30 },
      NOW,
    ).catch((error: unknown) => error);
    expect(several).toBeInstanceOf(InputError);
    expect(Object.keys((several as InputError).fieldErrors).sort()).toEqual(["subregionId", "value", "year"]);

    // Provider A responds to its own result; provider B cannot see it at all.
    await respondToMeasurement(
      { ...w.ctx, actor: w.memberA },
      { measurementId: m!.id, response: "De daling komt door personeelstekort." },
      NOW,
    );
    await expect(
      respondToMeasurement({ ...w.ctx, actor: w.memberB }, { measurementId: m!.id, response: "Ik kijk mee." }, NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      respondToMeasurement(
        { ...w.ctx, actor: w.memberA },
        { measurementId: m!.id, response: "Te laat." },
        new Date("2027-04-02T10:00:00Z"),
      ),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(contractForActor(w.db, w.memberA, otherId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await contractForActor(w.db, w.memberA, id)).reference).toBe("REF-X1-A");
    expect((await listContracts(w.db, { providerId: w.a.id })).map((c) => c.reference)).toEqual(["REF-X1-A"]);
  });

  it("imports CSV all or nothing, naming the wrong lines", async () => {
    const w = await world(getDb, "x2");
    const { id } = await w.make(w.a.id, "REF-X2");
    const good = `deelregio;jaar;kpi;waarde;cliënten\nSubregiox2;2026;client_satisfaction;8,6;40\nSubregiox2;2026;Resultaat behaald;66;40`;
    const bad = `${good}\nSubregiox2;2026;care_start;120;40\nOnbekend;2026;care_start;90;40\nSubregiox2;2031;care_start;90;40`;
    const error = await importMeasurements(w.ctx, id, bad, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors.csv).toEqual([
      "Regel 4: Een percentage ligt tussen 0 en 100.",
      'Regel 5: deelregio "Onbekend" hoort niet bij dit contract',
      expect.stringMatching(/^Regel 6: Een meetjaar in de toekomst/),
    ]);
    expect(await listMeasurements(w.db, id)).toHaveLength(0);
    expect(await importMeasurements(w.ctx, id, good, NOW)).toBe(2);
    expect((await listMeasurements(w.db, id)).map((m) => [m.value, m.clientsInCare]).sort()).toEqual([
      [66, 40],
      [8.6, 40],
    ]);
    await expect(importMeasurements(w.ctx, id, "jaar,waarde\n2026,1", NOW)).rejects.toThrow(/deelregio, kpi, cliënten/);
  });

  it("runs the ladder: step 1, talk with letter, plan uploaded, rejected → step 3; skipping needs grounds", async () => {
    const w = await world(getDb, "x3");
    const { id } = await w.make(w.a.id, "REF-X3");
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Resultaat behaald 60% (norm 65%).",
      talkOn: "2027-02-08",
    });
    await expect(
      startEscalation(w.ctx, {
        contractId: id,
        source: "kpi",
        shortfall: "Nog een keer hetzelfde.",
        talkOn: "2027-02-08",
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    // A plan cannot be uploaded before the talk set its date (step 2 not reached).
    await expect(
      submitImprovementPlan({ ...w.ctx, actor: w.memberA }, { escalationId, file: pdfFile() }, NOW),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      moveToStep3(w.ctx, { escalationId, ground: null, explanation: "Zonder grond naar stap 3." }, NOW),
    ).rejects.toMatchObject({ field: "ground" });
    await expect(
      holdEscalationTalk(
        w.ctx,
        { escalationId, talkOn: "2027-02-08", agreements: "Verbeteracties per team.", termDays: 7, termReason: null },
        NOW,
      ),
    ).rejects.toMatchObject({ field: "termReason" });

    await holdEscalationTalk(
      w.ctx,
      { escalationId, talkOn: "2027-02-08", agreements: "Verbeteracties per team.", termDays: 14, termReason: null },
      NOW,
    );
    let [esc] = await w.db.select().from(escalations).where(eq(escalations.id, escalationId));
    expect(esc).toMatchObject({ step: "step2", planDueOn: "2027-02-22", planStatus: "awaited" });
    const letters = await w.db.select().from(contractDocuments).where(eq(contractDocuments.escalationId, escalationId));
    expect(letters).toHaveLength(1);
    expect(new TextDecoder("latin1").decode(letters[0]!.content.subarray(0, 5))).toBe("%PDF-");

    // Another provider cannot touch this ladder; a non-document is refused by content.
    await expect(
      submitImprovementPlan({ ...w.ctx, actor: w.memberB }, { escalationId, file: pdfFile() }, NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    const fake = new File([new TextEncoder().encode("MZ this is an executable")], "plan.pdf", {
      type: "application/pdf",
    });
    await expect(
      submitImprovementPlan({ ...w.ctx, actor: w.memberA }, { escalationId, file: fake }, NOW),
    ).rejects.toMatchObject({ field: "file" });
    await submitImprovementPlan({ ...w.ctx, actor: w.memberA }, { escalationId, file: pdfFile() }, NOW);

    expect(
      await assessImprovementPlan(
        w.ctx,
        { escalationId, decision: "reject", explanation: "Het plan noemt geen concrete acties." },
        NOW,
      ),
    ).toBe("step3");
    [esc] = await w.db.select().from(escalations).where(eq(escalations.id, escalationId));
    expect(esc).toMatchObject({ step: "step3", planStatus: "rejected", step3Ground: "plan_insufficient" });
    const actions = (
      await w.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, escalationId))
    ).map((a) => a.action);
    expect(actions).toEqual([
      "escalation.start",
      "escalation.hold_talk",
      "escalation.submit_plan",
      "escalation.to_step3",
    ]);
  });

  it("records a talk only once it was held, and takes 'niet gerealiseerd' in step 2 before the plan came", async () => {
    const w = await world(getDb, "x12");
    const { id } = await w.make(w.a.id, "REF-X12");
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Resultaat behaald 60% (norm 65%).",
      talkOn: "2027-02-12",
    });
    const talk = (talkOn: string) =>
      holdEscalationTalk(
        w.ctx,
        { escalationId, talkOn, agreements: "Verbeteracties per team.", termDays: 14, termReason: null },
        NOW,
      );
    // NOW is 10 February: a talk on the 11th has not taken place, and no letter may say it did.
    await expect(talk("2027-02-11")).rejects.toMatchObject({ field: "talkOn", userMessage: /in de toekomst/ });
    let [esc] = await w.db.select().from(escalations).where(eq(escalations.id, escalationId));
    expect(esc).toMatchObject({ step: "step1" });
    expect(
      await w.db.select().from(contractDocuments).where(eq(contractDocuments.escalationId, escalationId)),
    ).toHaveLength(0);
    await talk("2027-02-10");
    await moveToStep3(
      w.ctx,
      { escalationId, ground: "not_realised", explanation: "De afgesproken wekelijkse rapportage bleef uit." },
      NOW,
    );
    [esc] = await w.db.select().from(escalations).where(eq(escalations.id, escalationId));
    expect(esc).toMatchObject({ step: "step3", step3Ground: "not_realised" });
  });

  it("warns above four and seven KPIs, and extends 2+2 once", async () => {
    const w = await world(getDb, "x4");
    const { id } = await w.make(w.a.id, "REF-X4");
    const advice = [];
    for (let i = 1; i <= 5; i++)
      advice.push(
        (
          await addCustomKpi(w.ctx, {
            contractId: id,
            name: `Eigen KPI ${i}`,
            unit: "percentage",
            norm: 70,
            goodFrom: 85,
          })
        ).advice,
      );
    expect(advice).toEqual([null, "more_than_preferred", "more_than_preferred", "more_than_preferred", "too_many"]);
    await expect(
      addCustomKpi(w.ctx, { contractId: id, name: "Verkeerd", unit: "percentage", norm: 70, goodFrom: 60 }),
    ).rejects.toMatchObject({ fieldErrors: { goodFrom: [expect.any(String)] } });
    // A taken name and a band below the norm are reported together.
    await expect(
      addCustomKpi(w.ctx, { contractId: id, name: "eigen kpi 1", unit: "percentage", norm: 70, goodFrom: 60 }),
    ).rejects.toMatchObject({ fieldErrors: { name: [expect.any(String)], goodFrom: [expect.any(String)] } });
    // So are a reference already in use and a provider that does not exist.
    await expect(
      createContract(w.ctx, {
        providerId: crypto.randomUUID(),
        trajectoryId: w.input.trajectoryId,
        reference: "REF-X4",
        title: "Begeleiding groep",
        productIds: [],
        subregionIds: [w.sub.id],
        awardedOn: "2025-10-01",
        startsOn: "2026-01-01",
        termForm: "2+2",
        termFormReason: null,
      }),
    ).rejects.toMatchObject({ fieldErrors: { providerId: [expect.any(String)], reference: [expect.any(String)] } });
    const extension = {
      contractId: id,
      decidedOn: "2027-09-01",
      evaluation: "Goede evaluatie op alle KPI's en afspraken.",
      clientExperience: "Cliënten geven gemiddeld een 8,7 voor de begeleiding.",
    };
    await extendContract(w.ctx, extension);
    await expect(extendContract(w.ctx, extension)).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("computes due dates for performance agreements, takes the provider's report and proposes step 1 after a bad sample", async () => {
    const w = await world(getDb, "x5");
    const { id } = await w.make(w.a.id, "REF-X5");
    const agreements = await listAgreements(w.db, id);
    expect(agreements).toHaveLength(10);
    expect(agreements.at(-1)).toMatchObject({
      title: "Registratie van de inzet van medewerkers per cliënt (tijdschrijven)",
      frequency: "on_request",
      firstDueOn: null,
    });
    const sroi = agreements.find((a) => a.frequency === "yearly")!;
    expect(nextDueDate(sroi, 0)).toBe("2027-01-01");
    expect(isOverdue(nextDueDate(sroi, 0), "2027-02-10")).toBe(true);
    await expect(
      deliverAgreementReport({ ...w.ctx, actor: w.memberB }, { agreementId: sroi.id, file: pdfFile("sroi.pdf") }, NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    await deliverAgreementReport(
      { ...w.ctx, actor: w.memberA },
      { agreementId: sroi.id, file: pdfFile("sroi.pdf") },
      NOW,
    );
    const after = (await listAgreements(w.db, id)).find((a) => a.id === sroi.id)!;
    expect(after.deliveries).toHaveLength(1);
    expect(nextDueDate(after, after.deliveries.length)).toBe("2028-01-01");

    const onRequest = agreements.find((a) => a.frequency === "on_request")!;
    await expect(
      deliverAgreementReport({ ...w.ctx, actor: w.memberA }, { agreementId: onRequest.id, file: pdfFile() }, NOW),
    ).rejects.toMatchObject({ field: "file" });
    await requestDelivery(w.ctx, { agreementId: onRequest.id, requestedDueOn: "2027-03-01" }, NOW);
    await deliverAgreementReport({ ...w.ctx, actor: w.memberA }, { agreementId: onRequest.id, file: pdfFile() }, NOW);

    expect(
      await recordSampleCheck(w.ctx, {
        contractId: id,
        checkedOn: "2027-02-01",
        filesDrawn: 20,
        filesFailing: 2,
        note: null,
        talkOn: null,
      }),
    ).toEqual({ proposesEscalation: false, escalationId: null, alreadyOpen: false });
    const above = await recordSampleCheck(w.ctx, {
      contractId: id,
      checkedOn: "2027-02-02",
      filesDrawn: 20,
      filesFailing: 3,
      note: null,
      talkOn: "2027-02-20",
    });
    expect(above).toMatchObject({ proposesEscalation: true, alreadyOpen: false });
    expect(above.escalationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("plans the contract-management meeting one-to-one: the provider's report, and minutes for that provider only", async () => {
    const w = await world(getDb, "x6");
    const { id } = await w.make(w.a.id, "REF-X6");
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const { id: meetingId } = await createContractMeeting(w.ctx, {
      contractId: id,
      year: 2027,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      location: "Stadhuis",
      agenda: STANDARD_AGENDA,
      providerOnly: "on",
    });
    await expect(
      createContractMeeting(w.ctx, {
        contractId: id,
        year: 2027,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        location: "Stadhuis",
        agenda: STANDARD_AGENDA,
      }),
    ).rejects.toMatchObject({ field: "year" });
    const grid = await reportGrid(w.db, id);
    const report = {
      meetingId,
      complaintsCount: 2,
      complaintsNature: "Bereikbaarheid",
      complaintsHandling: "Binnen twee weken opgelost",
      calamities: "geen",
      certificateValidUntil: "2028-06-30",
      clientCounts: grid.products.flatMap((p) =>
        grid.municipalities.map((m) => ({ key: `${p.id}.${m.id}`, clients: 12 })),
      ),
    };
    await expect(submitContractReport({ ...w.ctx, actor: w.memberB }, report)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitContractReport({ ...w.ctx, actor: w.memberA }, { ...report, clientCounts: [] }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await submitContractReport({ ...w.ctx, actor: w.memberA }, report);
    await expect(
      submitContractReport({ ...w.ctx, actor: w.memberA }, report, new Date(startsAt.getTime() + 1)),
    ).rejects.toBeInstanceOf(DomainRuleError);
    const [meeting] = await listContractMeetings(w.db, id);
    expect(meeting!.report!.clientCounts).toEqual([
      { product: "Begeleidingx6", municipality: "Gemeentex6", clients: 12 },
    ]);

    // The trajectory is public, yet minutes for the invitees only reach and open for provider A alone.
    expect(
      await minutesRecipients(w.db, { id: meetingId, trajectoryId: w.input.trajectoryId, minutesAudience: "invitees" }),
    ).toEqual([w.memberA.id]);
    const scope = {
      id: meetingId,
      trajectoryId: w.input.trajectoryId,
      trajectoryVisibility: "public" as const,
      minutesAudience: "invitees" as const,
    };
    expect(await mayReadPublishedMinutes(w.db, w.memberA, scope)).toBe(true);
    expect(await mayReadPublishedMinutes(w.db, w.memberB, scope)).toBe(false);
    expect(await mayReadPublishedMinutes(w.db, null, scope)).toBe(false);
  });

  it("feeds the dashboard per product and sub-region: results, overdue agreements, ladders and client stops", async () => {
    const w = await world(getDb, "x7");
    const { id } = await w.make(w.a.id, "REF-X7");
    const [product] = await w.db.select().from(products).where(eq(products.code, "Px7"));
    const kpi = (await w.db.select().from(kpis).where(eq(kpis.contractId, id))).find((k) => k.code === "care_start")!;
    await saveMeasurement(
      w.ctx,
      { contractId: id, kpiId: kpi.id, subregionId: w.sub.id, year: 2026, value: 79.9, clientsInCare: 15 },
      NOW,
    );
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Start zorg 79,9% (ondergrens 80%).",
      talkOn: "2027-02-08",
    });
    await holdEscalationTalk(
      w.ctx,
      {
        escalationId,
        talkOn: "2027-02-08",
        agreements: "Wachtlijst wekelijks rapporteren.",
        termDays: 14,
        termReason: null,
      },
      NOW,
    );
    await setEscalationMeasures(w.ctx, {
      escalationId,
      clientStop: true,
      thirdParty: false,
      reason: "Geen nieuwe cliënten tot het plan er is.",
    });

    const results = await listDashboardResults(w.db, { productId: product!.id, subregionId: w.sub.id, year: 2026 });
    expect(results.map((r) => [r.reference, r.code, r.value])).toEqual([["REF-X7", "care_start", 79.9]]);
    expect(await listDashboardResults(w.db, { productId: "00000000-0000-4000-8000-000000000000", year: 2026 })).toEqual(
      [],
    );
    const ladders = await listDashboardLadders(w.db, { productId: product!.id });
    expect(ladders.map((l) => [l.reference, l.escalation.step, l.escalation.clientStop])).toEqual([
      ["REF-X7", "step2", true],
    ]);
    const overdue = (await listDashboardAgreements(w.db, { subregionId: w.sub.id })).filter(
      (a) => a.reference === "REF-X7" && isOverdue(nextDueDate(a, a.delivered), "2027-02-10"),
    );
    expect(overdue.map((a) => a.title).sort()).toEqual([
      "Financieel jaaroverzicht (personeel in loondienst, uitbesteed werk, inhuur)",
      "Klachtenrapportage (en tussentijds op aanvraag)",
      "Rapportage SROI-verplichting",
    ]);
  });

  it("returns to normal after an accepted plan is realised, and takes the source's shortcut from step 1 to step 3", async () => {
    const w = await world(getDb, "x8");
    const { id } = await w.make(w.a.id, "REF-X8");
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "sample_check",
      shortfall: "4 van 20 dossiers zonder volledig zorgplan.",
      talkOn: "2027-02-08",
    });
    await holdEscalationTalk(
      w.ctx,
      {
        escalationId,
        talkOn: "2027-02-08",
        agreements: "Zorgplannen aanvullen.",
        termDays: 21,
        termReason: "Veel dossiers om aan te vullen.",
      },
      NOW,
    );
    expect((await w.db.select().from(escalations).where(eq(escalations.id, escalationId)))[0]).toMatchObject({
      planDueOn: "2027-03-01",
      planTermReason: "Veel dossiers om aan te vullen.",
    });
    await submitImprovementPlan({ ...w.ctx, actor: w.memberA }, { escalationId, file: pdfFile() }, NOW);
    await expect(
      assessImprovementPlan(
        w.ctx,
        { escalationId, decision: "accept", realisationDueOn: "2027-01-01", explanation: null },
        NOW,
      ),
    ).rejects.toMatchObject({ field: "realisationDueOn" });
    expect(
      await assessImprovementPlan(
        w.ctx,
        { escalationId, decision: "accept", realisationDueOn: "2027-05-01", explanation: "Plan is concreet." },
        NOW,
      ),
    ).toBe("step2");
    await expect(confirmRealised(w.ctx, { escalationId }, NOW)).rejects.toBeInstanceOf(DomainRuleError);
    await reportRealisation({ ...w.ctx, actor: w.memberA }, { escalationId, file: pdfFile("realisatie.pdf") }, NOW);
    await confirmRealised(w.ctx, { escalationId }, NOW);
    expect((await w.db.select().from(escalations).where(eq(escalations.id, escalationId)))[0]).toMatchObject({
      step: "resolved",
      clientStop: false,
    });

    const { id: second } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Start zorg structureel onder 50%.",
      talkOn: "2027-02-09",
    });
    await moveToStep3(
      w.ctx,
      {
        escalationId: second,
        ground: "permanently_impossible",
        explanation: "Geen personeel meer beschikbaar in de regio.",
      },
      NOW,
    );
    const [row] = await w.db.select().from(escalations).where(eq(escalations.id, second));
    expect(row).toMatchObject({ step: "step3", step3Ground: "permanently_impossible" });
    const letters = await w.db
      .select({ kind: contractDocuments.kind })
      .from(contractDocuments)
      .where(eq(contractDocuments.contractId, id));
    expect(letters.filter((l) => l.kind === "letter")).toHaveLength(3);
  });

  it("finds one-to-one minutes in the invited provider's own search, and in no one else's", async () => {
    const w = await world(getDb, "x9");
    const { id: contractA } = await w.make(w.a.id, "REF-X9-A");
    const { id: contractB } = await w.make(w.b.id, "REF-X9-B");
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const plan = (contractId: string, providerOnly?: "on") =>
      createContractMeeting(w.ctx, {
        contractId,
        year: 2027,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        location: "Stadhuis",
        agenda: STANDARD_AGENDA,
        providerOnly,
      });
    const { id: oneToOne } = await plan(contractA, "on");
    // Provider B's own talk is shared with the trajectory, which also makes B involved in it.
    const { id: shared } = await plan(contractB);
    // Published versions as the minutes flow stores them; the search reads nothing else.
    const publish = (meetingId: string, text: string) =>
      w.db.insert(minutesVersions).values({
        meetingId,
        version: 1,
        body: { type: "doc", content: [] },
        html: `<p>${text}</p>`,
        text,
        pdf: new Uint8Array([37, 80, 68, 70]),
        redactionCount: 0,
        approvedBy: w.ctx.actor.id,
        publishedBy: w.ctx.actor.id,
      });
    await publish(oneToOne, "Afspraak: de wachtlijstaanpakx9 van aanbieder A wordt per kwartaal besproken.");
    await publish(shared, "Afspraak: de wachtlijstaanpakx9 van aanbieder B staat op de agenda.");

    const search = async (actor: Actor | null) => {
      const { hits } = await searchFor(w.db, actor, plainSearch("wachtlijstaanpakx9", "minutes"));
      return hits.map((m) => m.ref).sort();
    };
    expect(await involvedTrajectoryIds(w.db, { userId: w.memberB.id, providerId: w.b.id })).toContain(
      w.input.trajectoryId,
    );
    expect(await search(w.memberA)).toEqual([oneToOne, shared].sort());
    expect(await search(w.memberB)).toEqual([shared]);
    expect(await search(null)).toEqual([shared]);
    expect(await search(w.ctx.actor)).toEqual([oneToOne, shared].sort());
    // A colleague of provider A who joins later finds them too: the invitation is the provider's.
    const [colleague] = await w.db
      .insert(users)
      .values({
        email: "a2x9@example.nl",
        name: "Collega A",
        role: "provider_member",
        providerId: w.a.id,
        membershipStatus: "approved",
      })
      .returning();
    expect(await search({ ...w.memberA, id: colleague!.id, email: colleague!.email })).toEqual(
      [oneToOne, shared].sort(),
    );
  });

  it("ties documents to their ladder run and agreement by foreign key; a sent letter keeps its contract", async () => {
    const w = await world(getDb, "x10");
    const { id } = await w.make(w.a.id, "REF-X10");
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Resultaat behaald 60% (norm 65%).",
      talkOn: "2027-02-08",
    });
    await holdEscalationTalk(
      w.ctx,
      { escalationId, talkOn: "2027-02-08", agreements: "Verbeteracties per team.", termDays: 14, termReason: null },
      NOW,
    );
    const [agreement] = await listAgreements(w.db, id);
    await deliverAgreementReport(
      { ...w.ctx, actor: w.memberA },
      { agreementId: agreement!.id, file: pdfFile("rapport.pdf") },
      NOW,
    );

    const missing = "00000000-0000-4000-8000-000000000000";
    const orphan = (link: { escalationId?: string; agreementId?: string }) =>
      w.db.insert(contractDocuments).values({
        contractId: id,
        kind: "letter",
        title: "Los document",
        fileName: "los.pdf",
        contentType: "application/pdf",
        sizeBytes: 4,
        content: new Uint8Array([37, 80, 68, 70]),
        uploadedBy: w.ctx.actor.id,
        ...link,
      });
    await expect(orphan({ escalationId: missing })).rejects.toThrow();
    await expect(orphan({ agreementId: missing })).rejects.toThrow();

    const linked = await w.db
      .select({ escalationId: contractDocuments.escalationId, agreementId: contractDocuments.agreementId })
      .from(contractDocuments)
      .where(eq(contractDocuments.contractId, id));
    expect(linked.map((d) => [d.escalationId, d.agreementId]).sort()).toEqual(
      [
        [escalationId, null],
        [null, agreement!.id],
      ].sort(),
    );
    // A sent letter is immutable (migration immutable_records), so its contract cannot be removed either.
    await expect(w.db.delete(contracts).where(eq(contracts.id, id))).rejects.toThrow();
    expect(await w.db.select().from(contractDocuments).where(eq(contractDocuments.contractId, id))).toHaveLength(2);
    expect(
      await w.db.select().from(escalationEvents).where(eq(escalationEvents.escalationId, escalationId)),
    ).not.toEqual([]);
    // The agreement's report goes with its agreement.
    await w.db.delete(performanceAgreements).where(eq(performanceAgreements.id, agreement!.id));
    expect(
      await w.db.select().from(agreementDeliveries).where(eq(agreementDeliveries.agreementId, agreement!.id)),
    ).toEqual([]);
    expect(
      await w.db
        .select({ kind: contractDocuments.kind })
        .from(contractDocuments)
        .where(eq(contractDocuments.contractId, id)),
    ).toEqual([{ kind: "letter" }]);
  });

  it("writes the ladder letters from their templates: provider, step and the plan's deadline in Dutch, read back from the PDF", async () => {
    const w = await world(getDb, "x11");
    const { id } = await w.make(w.a.id, "REF-X11");
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId: id,
      source: "kpi",
      shortfall: "Start zorg binnen 6 weken 74% (ondergrens 80%).",
      talkOn: "2027-02-08",
    });
    await holdEscalationTalk(
      w.ctx,
      {
        escalationId,
        talkOn: "2027-02-08",
        agreements: "Wachttijden wekelijks rapporteren.",
        termDays: 21,
        termReason: "Er moeten veel dossiers worden nagelopen.",
      },
      NOW,
    );
    const letterText = async (escalation: string) => {
      const [letter] = await w.db
        .select()
        .from(contractDocuments)
        .where(and(eq(contractDocuments.escalationId, escalation), eq(contractDocuments.kind, "letter")));
      const read = await extractPdfText(letter!.content);
      return {
        title: letter!.title,
        fileName: letter!.fileName,
        text: read.text.replace(/\s+/g, " "),
        metadata: read.metadata,
      };
    };
    const step1 = await letterText(escalationId);
    expect(step1.fileName).toBe("brief-step1-2027-02-10.pdf");
    expect(step1.metadata).toContain("Escalatieladder stap 1");
    for (const part of [
      "Aanbieder Ax11 t.a.v. de directie",
      "Datum: 10 februari 2027",
      `Kenmerk: REF-X11/ESC-${escalationId.slice(0, 8)}`,
      "Onderwerp: Escalatieladder stap 1: geconstateerde tekortkoming en verbeterplan",
      "de overeenkomst REF-X11 (Begeleiding individueel)",
      "Start zorg binnen 6 weken 74% (ondergrens 80%).",
      "Op 8 februari 2027 hebben wij hierover een escalatiegesprek gevoerd",
      "Wachttijden wekelijks rapporteren.",
      "uiterlijk op 1 maart 2027 een verbeterplan op te leveren",
      "De termijn wijkt af van de gebruikelijke twee weken: Er moeten veel dossiers worden nagelopen.",
      "dan volgt stap 3 van de escalatieladder",
    ])
      expect(step1.text).toContain(part);

    const { id: other } = await w.make(w.b.id, "REF-X11-B");
    const { id: shortcut } = await startEscalation(w.ctx, {
      contractId: other,
      source: "kpi",
      shortfall: "Geen zorg meer geleverd sinds januari.",
      talkOn: "2027-02-09",
    });
    await moveToStep3(
      w.ctx,
      {
        escalationId: shortcut,
        ground: "permanently_impossible",
        explanation: "Geen personeel meer beschikbaar in de regio.",
      },
      NOW,
    );
    const step3 = await letterText(shortcut);
    for (const part of [
      "Aanbieder Bx11 t.a.v. de directie",
      "Onderwerp: Escalatieladder stap 3: toerekenbare tekortkoming",
      "blijvend onmogelijk",
      "Geen personeel meer beschikbaar in de regio.",
      "toerekenbare tekortkoming in de uitvoering van de overeenkomst; u bent in verzuim",
    ])
      expect(step3.text).toContain(part);
    // Each letter names its own provider only.
    expect(step1.text).not.toContain("Aanbieder Bx11");
    expect(step3.text).not.toContain("Aanbieder Ax11");
  });
});
