import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, notifications, outbox, products, subregions } from "@/db/schema";
import { listAgreements } from "@/db/queries/contracts";
import { createContract } from "@/lib/contract/writes";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { nextDueDate } from "@/lib/performance/due-dates";
import { requestInterimReport } from "@/lib/performance/interim-writes";
import { deliverAgreementReport } from "@/lib/performance/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const NOW = new Date("2027-02-10T10:00:00Z");
const pdf = () =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], "klachten.pdf", {
    type: "application/pdf",
  });

describeEachDatabase("interim complaints report on request", (getDb) => {
  it("is requested with a due date and reason, notified, delivered by the provider only, and audited", async () => {
    const db = getDb();
    const w = await providerWorld(db, "i1");
    const [sub] = await db.select().from(subregions).where(eq(subregions.name, "Subregioi1"));
    const [product] = await db.select().from(products).where(eq(products.code, "Pi1"));
    const { id } = await createContract(w.ctx, {
      providerId: w.a.id,
      trajectoryId: w.input.trajectoryId,
      reference: "REF-I1",
      title: "Begeleiding individueel",
      productIds: [product!.id],
      subregionIds: [sub!.id],
      awardedOn: "2025-10-01",
      startsOn: "2026-01-01",
      termForm: "2+2",
      termFormReason: null,
    });
    const agreements = await listAgreements(db, id);
    const complaints = agreements.find((a) => a.interimOnRequest)!;
    expect(complaints.title).toMatch(/^Klachtenrapportage/);
    expect(agreements.filter((a) => a.interimOnRequest)).toHaveLength(1);
    const sroi = agreements[0]!;
    const ctx = { ...w.ctx, site: "https://portaal.test" };

    await expect(
      requestInterimReport(
        ctx,
        { agreementId: sroi.id, dueOn: "2027-03-01", reason: "Signalen van het lokale team." },
        NOW,
      ),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      requestInterimReport(ctx, { agreementId: complaints.id, dueOn: "2027-02-09", reason: "Te laat gevraagd." }, NOW),
    ).rejects.toMatchObject({ field: "dueOn" });

    const reason = "Drie klachten via het lokale team over wisselende begeleiders.";
    const { id: requestId } = await requestInterimReport(
      ctx,
      { agreementId: complaints.id, dueOn: "2027-03-01", reason },
      NOW,
    );
    await expect(
      requestInterimReport(
        ctx,
        { agreementId: complaints.id, dueOn: "2027-03-05", reason: "Nog een keer graag." },
        NOW,
      ),
    ).rejects.toThrow(/al een aanvraag/);

    const [note] = await db.select().from(notifications).where(eq(notifications.userId, w.memberA.id));
    expect(note).toMatchObject({
      title: "Tussentijdse rapportage gevraagd (REF-I1)",
      link: `https://portaal.test/mijn-contracten/${id}#tussentijds`,
    });
    expect(note!.body).toContain(reason);
    const mail = await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email));
    expect(mail).toHaveLength(1);
    expect(await db.select().from(notifications).where(eq(notifications.userId, w.memberB.id))).toHaveLength(0);
    const [requested] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "agreement.request_interim"), eq(auditLog.objectId, complaints.id)));
    expect(requested!.details).toMatchObject({ requestId, dueOn: "2027-03-01", reason });

    // Another provider cannot see the agreement; the own provider delivers for the open request.
    await expect(
      deliverAgreementReport(
        { ...ctx, actor: w.memberB },
        { agreementId: complaints.id, interimRequestId: requestId, file: pdf() },
        NOW,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await deliverAgreementReport(
      { ...ctx, actor: w.memberA },
      { agreementId: complaints.id, interimRequestId: requestId, file: pdf() },
      NOW,
    );
    await expect(
      deliverAgreementReport(
        { ...ctx, actor: w.memberA },
        { agreementId: complaints.id, interimRequestId: requestId, file: pdf() },
        NOW,
      ),
    ).rejects.toThrow("Deze aanvraag staat niet (meer) open.");

    const after = (await listAgreements(db, id)).find((a) => a.id === complaints.id)!;
    expect(after.interimRequests).toHaveLength(1);
    expect(after.interimRequests[0]!.delivery).not.toBeNull();
    // The interim report does not count as the yearly delivery.
    expect(after.deliveries).toHaveLength(0);
    expect(nextDueDate(after, after.deliveries.length)).toBe(nextDueDate(complaints, 0));

    const officerNotes = await db.select().from(notifications).where(eq(notifications.userId, w.ctx.actor.id));
    expect(officerNotes.map((n) => n.title)).toEqual(["Tussentijdse rapportage ontvangen (REF-I1)"]);
    const delivered = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "agreement.deliver"), eq(auditLog.objectId, complaints.id)));
    expect(delivered[0]!.details).toMatchObject({ interimRequestId: requestId, late: false });

    // Once delivered, a new interim report may be asked for.
    await requestInterimReport(
      ctx,
      { agreementId: complaints.id, dueOn: "2027-06-01", reason: "Nieuwe signalen." },
      NOW,
    );
  });
});
