import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { consultations, notifications, outbox } from "@/db/schema";
import { isInvited, listInvitationStatus, listPublicConsultations } from "@/db/queries/consultations";
import { loadConsultationFor } from "@/lib/consultation/reads";
import {
  createConsultation,
  inviteParticipants,
  publishConsultation,
  remindNonResponders,
} from "@/lib/consultation/writes";
import { saveResponse } from "@/lib/consultation/responses";
import { editConsultation } from "@/lib/consultation/edit";
import { listConsultationChanges } from "@/db/queries/consultations";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import { closeConsultationNow, publishFeedback } from "@/lib/consultation/feedback";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { anotherOfficer, approveFeedback } from "./feedback-flow";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld, sampleDoc as doc } from "./fixtures";

const ORIGIN = "https://portaal.example";

describeEachDatabase("market consultations", (getDb) => {
  it("creates a draft, invites, and sends the invitation mail only on publishing, in the same transaction", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c1");
    const { id } = await createConsultation(w.ctx, w.input);
    expect(await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN)).toBe(1);
    expect(await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN)).toBe(0);
    expect(await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email))).toHaveLength(0);
    await publishConsultation(w.ctx, id, ORIGIN);
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain(`${ORIGIN}/consultaties/${id}`);
    expect(await db.select().from(notifications).where(eq(notifications.userId, w.memberA.id))).toHaveLength(1);
    await expect(publishConsultation(w.ctx, id, ORIGIN)).rejects.toBeInstanceOf(DomainRuleError);
    expect((await listInvitationStatus(db, id)).map((r) => r.name)).toEqual([w.a.name]);
  });

  it("keeps a closed consultation hidden from the uninvited, also in the public list", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c2");
    const { id } = await createConsultation(w.ctx, w.input);
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, id, ORIGIN);
    expect(await isInvited(db, id, { userId: w.memberA.id, providerId: w.a.id })).toBe(true);
    await expect(loadConsultationFor(db, w.memberA, id)).resolves.toMatchObject({
      resource: { invited: true, state: "open" },
    });
    await expect(loadConsultationFor(db, w.memberB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadConsultationFor(db, null, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPublicConsultations(db, new Date())).some((c) => c.id === id)).toBe(false);
  });

  it("lists an open, published consultation publicly and hides drafts", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c3");
    const { id } = await createConsultation(w.ctx, { ...w.input, openness: "open" });
    expect((await listPublicConsultations(db, new Date())).some((c) => c.id === id)).toBe(false);
    await expect(loadConsultationFor(db, w.memberB, id)).rejects.toBeInstanceOf(NotFoundError);
    await publishConsultation(w.ctx, id, ORIGIN);
    expect((await listPublicConsultations(db, new Date())).some((c) => c.id === id)).toBe(true);
    await expect(loadConsultationFor(db, null, id)).resolves.toBeTruthy();
  });

  it("writes no mail when the change rolls back", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c4");
    const { id } = await createConsultation(w.ctx, w.input);
    await publishConsultation(w.ctx, id, ORIGIN);
    const before = (await db.select().from(outbox)).length;
    await expect(
      db.transaction(async (tx) => {
        await inviteParticipants(
          { ...w.ctx, db: tx },
          { consultationId: id, providerIds: [w.b.id], userIds: [] },
          ORIGIN,
        );
        throw new Error("afgebroken");
      }),
    ).rejects.toThrow("afgebroken");
    expect((await db.select().from(outbox)).length).toBe(before);
    await db.update(consultations).set({ state: "closed" }).where(eq(consultations.id, id));
    await expect(
      inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.b.id], userIds: [] }, ORIGIN),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("publishes feedback only after closing, to every participant at once", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c5");
    const { id } = await createConsultation(w.ctx, w.input);
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, id, ORIGIN);
    const colleague = { ...w.ctx, actor: await anotherOfficer(db, "collega-c5") };
    await expect(approveFeedback(w.ctx, colleague, id, doc)).rejects.toBeInstanceOf(DomainRuleError);
    await expect(publishFeedback(w.ctx, { consultationId: id }, ORIGIN)).rejects.toBeInstanceOf(DomainRuleError);
    await closeConsultationNow(w.ctx, id);
    await expect(closeConsultationNow(w.ctx, id)).rejects.toBeInstanceOf(DomainRuleError);
    await approveFeedback(w.ctx, colleague, id, doc);
    expect(await publishFeedback(w.ctx, { consultationId: id }, ORIGIN)).toBe(2);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    expect(row).toMatchObject({ state: "feedback_published", feedback: doc });
    expect(
      (await db.select().from(notifications).where(eq(notifications.userId, w.memberB.id))).map((n) => n.title),
    ).toEqual(expect.arrayContaining([expect.stringContaining("Terugkoppeling marktconsultatie")]));
  });

  it("reminds only the invitees that have not submitted", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c6");
    const { id } = await createConsultation(w.ctx, w.input);
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, id, ORIGIN);
    const [question] = (await getConsultationOrThrow(db, id)).questions;
    await saveResponse(
      { db, actor: w.memberA, origin: "test" },
      { consultationId: id, baseVersion: 0, intent: "submit", values: { [`answer_${question!.id}`]: "Klaar" } },
    );
    expect(await remindNonResponders(w.ctx, id, ORIGIN)).toBe(1);
    const reminders = (await db.select().from(outbox)).filter((m) => m.subject.startsWith("Herinnering"));
    expect(reminders.map((m) => m.recipient)).toEqual([w.memberB.email]);
  });

  it("logs and announces changes after publication, and needs a summary for them", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-c7");
    const { id } = await createConsultation(w.ctx, w.input);
    const edit = {
      consultationId: id,
      title: "Consultatie begeleiding (aangepast)",
      introduction: doc,
      opensAt: w.input.opensAt,
      closesAt: new Date(w.input.closesAt.getTime() + 86400_000),
      changeSummary: "",
    };
    await editConsultation(w.ctx, edit, ORIGIN);
    expect(await listConsultationChanges(db, id)).toHaveLength(0);
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, id, ORIGIN);
    await expect(editConsultation(w.ctx, edit, ORIGIN)).rejects.toBeInstanceOf(DomainRuleError);
    await editConsultation(w.ctx, { ...edit, changeSummary: "De sluitdatum is een dag later." }, ORIGIN);
    expect((await listConsultationChanges(db, id)).map((c) => c.summary)).toEqual(["De sluitdatum is een dag later."]);
    const mails = (await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email))).map((m) => m.subject);
    expect(mails).toEqual(expect.arrayContaining([expect.stringContaining("Gewijzigd: marktconsultatie")]));
  });
});
