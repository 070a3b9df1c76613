import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, meetings, products, providerProducts, providerSubregions, subregions } from "@/db/schema";
import { createContract } from "@/lib/contract/writes";
import { createContractMeeting } from "@/lib/contract/meetings";
import { STANDARD_AGENDA } from "@/lib/contract/meeting-agenda";
import { DomainRuleError } from "@/lib/errors";
import { createTable, createTableSession } from "@/lib/overlegtafel/table-writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const HOUR = 3600_000;

async function world(db: Parameters<typeof providerWorld>[0], suffix: string) {
  const w = await providerWorld(db, suffix);
  const [sub] = await db
    .select()
    .from(subregions)
    .where(eq(subregions.name, `Subregio${suffix}`));
  const [product] = await db
    .select()
    .from(products)
    .where(eq(products.code, `P${suffix}`));
  await db.insert(providerProducts).values({ providerId: w.a.id, productId: product!.id });
  await db.insert(providerSubregions).values({ providerId: w.a.id, subregionId: sub!.id });
  return { ...w, sub: sub!, product: product! };
}

/** The Dutch message and field a domain refusal carries. */
async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainRuleError);
  const { userMessage, field } = error as DomainRuleError;
  return { message: userMessage, field };
}

const deniedCreates = async (db: Parameters<typeof providerWorld>[0], objectId: string) =>
  (await db.select().from(auditLog).where(eq(auditLog.objectId, objectId))).filter(
    (a) => a.action === "meeting.create" && a.result === "denied",
  );

describeEachDatabase("the publication gate for session and talk texts", (getDb) => {
  it("refuses a table session whose title names a client or agenda gives a cost price, until the officer decides", async () => {
    const db = getDb();
    const w = await world(db, "-s1");
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.input.trajectoryId,
      title: "Overlegtafel begeleiding",
      subject: "product",
      productIds: [w.product.id],
      theme: null,
      subregionId: null,
    });
    const startsAt = new Date(Date.now() + 48 * HOUR);
    const input = {
      tableId,
      title: "Casus mevrouw Van Oosterhout",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      location: "Stadhuis Zaandam",
      agenda: "Opening\nKostprijs Aanbieder A-s1 van € 61,40 per uur\nRondvraag",
    };
    const refused = await refusal(createTableSession(w.ctx, input));
    expect(refused.field).toBe("findingsDecision");
    expect(refused.message).toContain("Van Oosterhout");
    expect(refused.message).toContain("€ 61,40");
    expect(refused.message).toMatch(/weggelakt of bewust blijven staan/);
    expect(await db.select().from(meetings).where(eq(meetings.tableId, tableId))).toEqual([]);
    const [denied] = await deniedCreates(db, tableId);
    expect(denied?.details).toMatchObject({ reason: "sensitive_text" });
    // The audit names kinds, never the text.
    expect(JSON.stringify(denied?.details)).not.toContain("Oosterhout");

    const { id } = await createTableSession(w.ctx, { ...input, findingsDecision: "redact" });
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(stored!.title).toBe("Casus [weggelakt — persoonsgegevens, 5.1.2e]");
    expect(stored!.agenda).toContain("[weggelakt — concurrentiegevoelig, 5.1.2f]");
    expect(`${stored!.title} ${stored!.agenda}`).not.toMatch(/Oosterhout|61,40/);
    const [created] = (await db.select().from(auditLog).where(eq(auditLog.objectId, id))).filter(
      (a) => a.action === "meeting.create",
    );
    expect(created?.details).toMatchObject({
      redactedFindings: expect.arrayContaining(["person-name", "money"]) as unknown,
    });
  });

  it("lets an ordinary session through untouched and keeps findings only on purpose", async () => {
    const db = getDb();
    const w = await world(db, "-s2");
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.input.trajectoryId,
      title: "Overlegtafel begeleiding",
      subject: "product",
      productIds: [w.product.id],
      theme: null,
      subregionId: null,
    });
    const startsAt = new Date(Date.now() + 48 * HOUR);
    const base = { tableId, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), location: "Stadhuis" };
    const { id } = await createTableSession(w.ctx, {
      ...base,
      title: "Overlegtafel begeleiding",
      agenda: "Opening\nWachttijden\nRondvraag",
    });
    const [plain] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(plain!.title).toBe("Overlegtafel begeleiding");
    const kept = await createTableSession(w.ctx, {
      ...base,
      title: "Sessie tarieven",
      agenda: "Opening\nBellen met 06-12345678 vooraf",
      findingsDecision: "keep",
    });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, kept.id));
    expect(row!.agenda).toContain("06-12345678");
  });

  it("passes the standard contract-management agenda and refuses a talk agenda with a client's details", async () => {
    const db = getDb();
    const w = await world(db, "-s3");
    const { id: contractId } = await createContract(w.ctx, {
      providerId: w.a.id,
      trajectoryId: w.input.trajectoryId,
      reference: "REF-S3",
      title: "Begeleiding individueel",
      productIds: [w.product.id],
      subregionIds: [w.sub.id],
      awardedOn: "2025-10-01",
      startsOn: "2026-01-01",
      termForm: "2+2",
      termFormReason: null,
    });
    const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
    const base = { contractId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), location: "Stadhuis" };
    await createContractMeeting(w.ctx, { ...base, year: 2027, agenda: STANDARD_AGENDA, providerOnly: "on" });
    const agenda = `${STANDARD_AGENDA}\n10. Klacht van meneer Pietersen (BSN 111222333)`;
    const refused = await refusal(createContractMeeting(w.ctx, { ...base, year: 2028, agenda }));
    expect(refused.field).toBe("findingsDecision");
    expect(refused.message).toContain("Pietersen");
    expect(await deniedCreates(db, contractId)).toHaveLength(1);
    const { id } = await createContractMeeting(w.ctx, { ...base, year: 2028, agenda, findingsDecision: "redact" });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(row!.agenda).not.toMatch(/Pietersen|111222333/);
    expect(row!.agenda).toContain("[weggelakt");
    expect(row!.title).toContain("Aanbieder A-s3");
  });
});
