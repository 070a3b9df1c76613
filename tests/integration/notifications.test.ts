import { and, eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import {
  contractDocuments,
  notificationPreferences,
  notifications,
  outbox,
  products,
  subregions,
  users,
} from "@/db/schema";
import { getConsultationOrThrow, listComments } from "@/db/queries/consultations";
import type { Actor } from "@/lib/auth/actor";
import { flagComment, hideComment, postComment } from "@/lib/consultation/comments";
import { closeConsultationNow, publishFeedback } from "@/lib/consultation/feedback";
import { saveResponse } from "@/lib/consultation/responses";
import { createConsultation, publishConsultation } from "@/lib/consultation/writes";
import { createContract } from "@/lib/contract/writes";
import { holdEscalationTalk, startEscalation, submitImprovementPlan } from "@/lib/escalation/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { anotherOfficer, approveFeedback } from "./feedback-flow";
import { providerWorld, sampleDoc } from "./fixtures";

const NOW = new Date("2027-02-10T10:00:00Z");

async function resident(db: Database, email: string): Promise<Actor> {
  const [r] = await db
    .insert(users)
    .values({ email, name: `Inwoner ${email}`, role: "resident" })
    .returning();
  return {
    id: r!.id,
    name: r!.name,
    email,
    role: "resident",
    providerId: null,
    membershipStatus: null,
    councilId: null,
  };
}

const notesOf = (db: Database, userId: string) =>
  db.select().from(notifications).where(eq(notifications.userId, userId));
const mailTo = (db: Database, email: string) => db.select().from(outbox).where(eq(outbox.recipient, email));

/** An open consultation for providers and residents, published, with its officer and two residents. */
async function openConsultation(getDb: () => Database, suffix: string) {
  const db = getDb();
  const w = await providerWorld(db, suffix);
  const { id } = await createConsultation(w.ctx, { ...w.input, openness: "open", audience: "both" });
  await publishConsultation(w.ctx, id, "https://portaal.example.nl");
  const anna = await resident(db, `anna${suffix}@example.nl`);
  const bram = await resident(db, `bram${suffix}@example.nl`);
  const [q1] = (await getConsultationOrThrow(db, id)).questions.map((q) => q.id);
  return {
    db,
    ...w,
    officer: w.ctx.actor,
    id,
    q1: q1!,
    anna,
    bram,
    as: (actor: Actor) => ({ db, actor, origin: "test" }),
  };
}

describeEachDatabase("notifications where people wait for them", (getDb) => {
  it("tells the author of a comment of a reply by someone else, in the app and by e-mail", async () => {
    const w = await openConsultation(getDb, "-n1");
    await postComment(w.as(w.anna), { consultationId: w.id, body: "Meer aandacht voor mantelzorgers" });
    const [first] = await listComments(w.db, w.id);
    await postComment(w.as(w.anna), { consultationId: w.id, parentId: first!.id, body: "Aanvulling van mijzelf" });
    expect(await notesOf(w.db, w.anna.id)).toHaveLength(0);
    await postComment(w.as(w.bram), {
      consultationId: w.id,
      parentId: first!.id,
      body: "Eens, ook jonge mantelzorgers",
    });
    const notes = await notesOf(w.db, w.anna.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "comment_reply", delivery: "immediate" });
    expect(notes[0]!.body).toContain(w.bram.name);
    expect(notes[0]!.link).toMatch(new RegExp(`/consultaties/${w.id}#reactie-`));
    const mail = await mailTo(w.db, w.anna.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Nieuwe reactie op uw bijdrage: Consultatie begeleiding");
  });

  it("tells the author that a comment was hidden, with the reason", async () => {
    const w = await openConsultation(getDb, "-n2");
    await postComment(w.as(w.anna), { consultationId: w.id, body: "Bel mij op 06-12345678" });
    const [comment] = await listComments(w.db, w.id);
    await hideComment(w.ctx, { commentId: comment!.id, reason: "Bevat een telefoonnummer" });
    const [note] = await notesOf(w.db, w.anna.id);
    expect(note).toMatchObject({ kind: "comment_hidden" });
    expect(note!.body).toContain("Reden: Bevat een telefoonnummer");
    const [mail] = await mailTo(w.db, w.anna.email);
    expect(mail!.body).toContain("Bevat een telefoonnummer");
  });

  it("tells the officers of a reported comment once per person who reports, as each officer chose", async () => {
    const w = await openConsultation(getDb, "-n3");
    await postComment(w.as(w.anna), { consultationId: w.id, body: "Een scherpe reactie" });
    const [comment] = await listComments(w.db, w.id);
    await flagComment(w.as(w.bram), comment!.id);
    await flagComment(w.as(w.bram), comment!.id);
    let notes = await notesOf(w.db, w.officer.id);
    expect(notes.filter((n) => n.kind === "comment_reported")).toHaveLength(1);
    // Reports default to the daily digest for officers: no e-mail now.
    expect(notes[0]).toMatchObject({ delivery: "digest", digestedAt: null });
    expect(await mailTo(w.db, w.officer.email)).toHaveLength(0);
    await w.db
      .insert(notificationPreferences)
      .values({ userId: w.officer.id, kind: "comment_reported", delivery: "immediate" });
    await flagComment(w.as(w.memberA), comment!.id);
    notes = await notesOf(w.db, w.officer.id);
    expect(notes.filter((n) => n.kind === "comment_reported")).toHaveLength(2);
    const mail = await mailTo(w.db, w.officer.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toContain("2 meldingen");
  });

  it("tells the officers of a new response, naming the provider, and nobody of a saved draft", async () => {
    const w = await openConsultation(getDb, "-n4");
    const values = { [`answer_${w.q1}`]: "Meer tijd per cliënt" };
    await saveResponse(w.as(w.memberA), { consultationId: w.id, baseVersion: 0, intent: "draft", values });
    expect(await notesOf(w.db, w.officer.id)).toHaveLength(0);
    await saveResponse(w.as(w.memberA), { consultationId: w.id, baseVersion: 1, intent: "submit", values });
    const [note] = await notesOf(w.db, w.officer.id);
    expect(note).toMatchObject({ kind: "response_submitted" });
    expect(note!.body).toContain(w.a.name);
    expect(note!.link).toMatch(new RegExp(`/beheer/consultaties/${w.id}/reacties$`));
  });

  it("tells residents who took part in the discussion of the published feedback", async () => {
    const w = await openConsultation(getDb, "-n5");
    await postComment(w.as(w.anna), { consultationId: w.id, body: "Graag vaker een vast gezicht" });
    await closeConsultationNow(w.ctx, w.id);
    const colleague = { ...w.ctx, actor: await anotherOfficer(w.db, "collega-n5") };
    await approveFeedback(w.ctx, colleague, w.id, sampleDoc);
    await publishFeedback(w.ctx, { consultationId: w.id }, "https://portaal.example.nl");
    const [note] = await notesOf(w.db, w.anna.id);
    expect(note).toMatchObject({ kind: "feedback_published" });
    expect(await notesOf(w.db, w.bram.id)).toHaveLength(0);
    expect((await mailTo(w.db, w.anna.email))[0]!.subject).toMatch(/^Terugkoppeling marktconsultatie/);
  });

  it("tells the officers of an uploaded improvement plan", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-n6");
    const [sub] = await db.select().from(subregions).where(eq(subregions.name, "Subregio-n6"));
    const [product] = await db.select().from(products).where(eq(products.code, "P-n6"));
    const { id: contractId } = await createContract(w.ctx, {
      providerId: w.a.id,
      trajectoryId: w.input.trajectoryId,
      reference: "REF-N6",
      title: "Begeleiding individueel",
      productIds: [product!.id],
      subregionIds: [sub!.id],
      awardedOn: "2025-10-01",
      startsOn: "2026-01-01",
      termForm: "2+2",
      termFormReason: null,
    });
    const { id: escalationId } = await startEscalation(w.ctx, {
      contractId,
      source: "kpi",
      shortfall: "Resultaat behaald 60% (norm 65%).",
      talkOn: "2027-02-08",
    });
    await holdEscalationTalk(
      w.ctx,
      { escalationId, talkOn: "2027-02-08", agreements: "Verbeteracties per team.", termDays: 14, termReason: null },
      NOW,
    );
    const file = new File(
      [new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")],
      "plan.pdf",
      {
        type: "application/pdf",
      },
    );
    await submitImprovementPlan({ ...w.ctx, actor: w.memberA }, { escalationId, file }, NOW);
    const notes = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.ctx.actor.id), eq(notifications.kind, "improvement_plan")));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe(`Verbeterplan ontvangen: ${w.a.name} (REF-N6)`);
    expect(notes[0]!.link).toMatch(new RegExp(`/beheer/contracten/${contractId}/escalatie/${escalationId}$`));
    const plans = await db
      .select()
      .from(contractDocuments)
      .where(
        and(eq(contractDocuments.escalationId, escalationId), inArray(contractDocuments.kind, ["improvement_plan"])),
      );
    expect(plans).toHaveLength(1);
    expect(await mailTo(db, w.ctx.actor.email)).toHaveLength(1);
  });
});
