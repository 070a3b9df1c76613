import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  auditLog,
  consultationFeedbackDrafts,
  consultations,
  minutesCheckCopies,
  minutesVersions,
  trajectoryPublicFigures,
} from "@/db/schema";
import type { Database } from "@/db/connection";
import { DomainRuleError } from "@/lib/errors";
import { closeConsultationNow, publishFeedback } from "@/lib/consultation/feedback";
import { reviewFeedback, saveFeedbackDraft, submitFeedback } from "@/lib/consultation/feedback-review";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import { createMeeting, inviteToMeeting } from "@/lib/meeting/writes";
import { publishMinutes } from "@/lib/minutes/publish";
import { loadCheckCopyFor } from "@/lib/minutes/reads";
import { requestAttendeeCheck, reviewMinutes, saveMinutes, submitMinutes } from "@/lib/minutes/writes";
import { findingKey } from "@/lib/redaction/review";
import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/rich-text/schema";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";
import { anotherOfficer } from "./feedback-flow";

const ORIGIN = "https://portaal.example";
const doc = (...paragraphs: RichTextNode[]): RichTextDoc => ({ type: "doc", content: paragraphs });
const p = (...content: RichTextNode[]) => ({ type: "paragraph" as const, content });
const text = (value: string, ...marks: RichTextMark[]) => ({ type: "text" as const, text: value, marks });
const redacted = (ground: string): RichTextMark => ({ type: "redaction", attrs: { ground } });
const link = (href: string): RichTextMark => ({ type: "link", attrs: { href } });

async function world(db: Database, suffix: string) {
  const w = await providerWorld(db, suffix);
  const b = { ...w.ctx, actor: await anotherOfficer(db, `b${suffix}`) };
  const c = { ...w.ctx, actor: await anotherOfficer(db, `c${suffix}`) };
  const startsAt = new Date(Date.now() - 3 * 3600_000);
  const { id: meetingId } = await createMeeting(w.ctx, {
    trajectoryId: w.input.trajectoryId,
    consultationId: null,
    kind: "one_to_one",
    title: "Gesprek wachtlijst",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3600_000),
    location: "Stadhuis",
    onlineUrl: null,
    agenda: "Wachtlijst bespreken",
  });
  await inviteToMeeting(w.ctx, { meetingId, providerIds: [w.a.id], userIds: [] }, ORIGIN, startsAt);
  return { ...w, a: w.ctx, b, c, meetingId };
}

const save = (
  ctx: Parameters<typeof saveMinutes>[0],
  meetingId: string,
  revision: number,
  document: RichTextDoc,
  dismissed: string[] = [],
) =>
  saveMinutes(ctx, {
    meetingId,
    revision,
    document,
    dismissedFindings: dismissed,
    publicFigures: [],
    confidentialTerms: [],
  });

const NAME = "mevrouw Van Oosterhout";

/** The Dutch message and field a domain refusal carries. */
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: unknown) =>
      error instanceof DomainRuleError ? { field: error.field, message: error.userMessage } : { other: error },
  );
const safeDoc = doc(p(text("Wij bespraken de wachtlijst van "), text(NAME, redacted("5.1.2e")), text(".")));

describeEachDatabase("the publication gate and four eyes", (getDb) => {
  it("four eyes: A writes, B only submits, A may not approve; nobody who touched the text approves", async () => {
    const db = getDb();
    const w = await world(db, "-g1");
    await save(w.a, w.meetingId, 0, safeDoc);
    await submitMinutes(w.b, w.meetingId, ORIGIN);
    await expect(
      reviewMinutes(w.a, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN),
    ).rejects.toThrow(/zelf geschreven, weggelakt of aangeboden/);
    await expect(
      reviewMinutes(w.b, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN),
    ).rejects.toThrow(/vier ogen/);
    const denied = await db.select().from(auditLog).where(eq(auditLog.objectId, w.meetingId));
    expect(denied.filter((a) => a.action === "minutes.review" && a.result === "denied").map((a) => a.details)).toEqual(
      expect.arrayContaining([{ reason: "touched_minutes" }, { reason: "own_minutes" }]),
    );
    await reviewMinutes(w.c, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    expect((await publishMinutes(w.a, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).version).toBe(1);

    // A publication starts a new round: C may edit and then no longer approve, A may approve again.
    await save(w.c, w.meetingId, 1, doc(...safeDoc.content!, p(text("Aanvulling over de planning."))));
    await submitMinutes(w.c, w.meetingId, ORIGIN);
    await expect(
      reviewMinutes(w.c, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN),
    ).rejects.toThrow();
    await reviewMinutes(w.a, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
  });

  it("refuses publication of an approval by someone who touched the text", async () => {
    const db = getDb();
    const w = await world(db, "-g2");
    await save(w.a, w.meetingId, 0, safeDoc);
    await submitMinutes(w.b, w.meetingId, ORIGIN);
    // An approval recorded around the rule (an old row, a direct change) is caught at publication.
    const { minutes } = await import("@/db/schema");
    await db
      .update(minutes)
      .set({ status: "approved", reviewedBy: w.a.actor.id })
      .where(eq(minutes.meetingId, w.meetingId));
    await expect(publishMinutes(w.c, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).rejects.toThrow(/vier ogen/);
    expect(await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId))).toHaveLength(0);
  });

  it("refuses a change note that names removed text or holds a finding, and keeps the version unwritten", async () => {
    const db = getDb();
    const w = await world(db, "-g3");
    await save(w.a, w.meetingId, 0, safeDoc);
    await submitMinutes(w.a, w.meetingId, ORIGIN);
    await reviewMinutes(w.b, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await publishMinutes(w.a, { meetingId: w.meetingId, changeNote: "" }, ORIGIN);

    await save(
      w.a,
      w.meetingId,
      1,
      doc(...safeDoc.content!, p(text("Het uurtarief is "), text("€ 71,40", redacted("5.1.2f")), text("."))),
    );
    await submitMinutes(w.a, w.meetingId, ORIGIN);
    await reviewMinutes(w.b, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    for (const note of [
      "Naam van de cliënt alsnog weggelakt, namelijk Mevrouw van Oosterhout.",
      "Uurtarief alsnog weggelakt (was %E2%82%AC%2071%2C40).",
      "Bel 06-12345678 voor vragen over deze versie.",
    ])
      expect(await refusal(publishMinutes(w.a, { meetingId: w.meetingId, changeNote: note }, ORIGIN))).toEqual({
        field: "changeNote",
        message: expect.stringMatching(/wijzigingsnotitie/) as unknown,
      });
    const refusals = (await db.select().from(auditLog).where(eq(auditLog.objectId, w.meetingId))).filter(
      (a) => a.action === "minutes.publish" && a.result === "denied",
    );
    expect(refusals.map((r) => r.details)).toEqual([
      { reason: "change_note" },
      { reason: "change_note" },
      { reason: "change_note" },
    ]);
    expect(JSON.stringify(refusals)).not.toMatch(/Oosterhout|71,40/);
    expect(await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId))).toHaveLength(1);
    const { version } = await publishMinutes(
      w.a,
      { meetingId: w.meetingId, changeNote: "Een tarief alsnog weggelakt." },
      ORIGIN,
    );
    expect(version).toBe(2);
  });

  it("builds the attendee-check copy like a publication: approved, nothing undecided or removed", async () => {
    const db = getDb();
    const w = await world(db, "-g4");
    const deadline = new Date(Date.now() + 86400_000);
    // Not approved yet: refused.
    await save(w.a, w.meetingId, 0, safeDoc);
    await expect(requestAttendeeCheck(w.a, { meetingId: w.meetingId, deadline }, ORIGIN)).rejects.toThrow(
      /goedgekeurd/,
    );

    // An undecided finding in a link's address refuses the copy; so does removed text in an address the
    // officer decided to keep.
    const undecided = doc(
      ...safeDoc.content!,
      p(text("Mail ons", link("mailto:info@zorg.example?subject=Tarief%20%E2%82%AC%2066%2C20"))),
    );
    await save(w.a, w.meetingId, 1, undecided, []);
    await db
      .update((await import("@/db/schema")).minutes)
      .set({ status: "approved", reviewedBy: w.c.actor.id })
      .where(eq((await import("@/db/schema")).minutes.meetingId, w.meetingId));
    await expect(requestAttendeeCheck(w.a, { meetingId: w.meetingId, deadline }, ORIGIN)).rejects.toThrow(/suggestie/);
    expect(await db.select().from(minutesCheckCopies)).toHaveLength(0);

    // Removed text in another spelling stands in plain text elsewhere: the leak check refuses.
    const leaking = doc(...safeDoc.content!, p(text("Later sprak MEVROUW VAN OOSTERHOUT zelf.")));
    await save(w.a, w.meetingId, 2, leaking, [findingKey("person-name", "VAN OOSTERHOUT")]);
    await submitMinutes(w.a, w.meetingId, ORIGIN);
    await reviewMinutes(w.b, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await expect(requestAttendeeCheck(w.a, { meetingId: w.meetingId, deadline }, ORIGIN)).rejects.toThrow(
      /tegengehouden|suggestie/,
    );
    expect(await db.select().from(minutesCheckCopies)).toHaveLength(0);
    const denied = (await db.select().from(auditLog).where(eq(auditLog.objectId, w.meetingId))).filter(
      (a) => a.action === "minutes.request_check" && a.result === "denied",
    );
    expect(denied).toHaveLength(3);

    // A link whose address carries the removed name is dropped; the copy is stored and read by the attendee.
    const withLink = doc(
      ...safeDoc.content!,
      p(text("Zie het dossier", link("https://zorg.example/d?naam=mevrouw+van+Oosterhout"))),
    );
    await save(w.a, w.meetingId, 3, withLink);
    await submitMinutes(w.a, w.meetingId, ORIGIN);
    await reviewMinutes(w.b, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    expect(await requestAttendeeCheck(w.a, { meetingId: w.meetingId, deadline }, ORIGIN)).toMatchObject({
      notified: 1,
    });
    const { copy } = await loadCheckCopyFor(db, w.memberA, w.meetingId);
    expect(copy.html).toContain("[weggelakt — persoonsgegevens, 5.1.2e]");
    expect(copy.html).toContain("Zie het dossier");
    expect(copy.html + JSON.stringify(copy.body)).not.toMatch(/oosterhout|href/i);
    await expect(loadCheckCopyFor(db, w.memberB, w.meetingId)).rejects.toThrow();
    await expect(db.update(minutesCheckCopies).set({ html: "<p>x</p>" })).rejects.toThrow();
  });

  it("refuses a feedback report with an undecided finding, and stores only the redacted copy", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-g5");
    const b = { ...w.ctx, actor: await anotherOfficer(db, "b-g5") };
    const { id } = await createConsultation(w.ctx, w.input);
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, id, ORIGIN);
    await closeConsultationNow(w.ctx, id);
    const intro = text("Wat wij hoorden over de wachttijden en wat wij ermee doen. ");
    const undecided = doc(p(intro, text("Een aanbieder noemde een kostprijs van € 68,15 per uur.")));
    await saveFeedbackDraft(w.ctx, { consultationId: id, revision: 0, feedback: undecided, dismissedFindings: [] });
    expect(await refusal(submitFeedback(w.ctx, id, ORIGIN))).toEqual({
      field: undefined,
      message: expect.stringMatching(/suggestie/) as unknown,
    });
    const leaking = doc(
      p(intro, text("Een aanbieder noemde een kostprijs van "), text("€ 68,15", redacted("5.1.2f")), text(" per uur.")),
      p(text("Meer weten", link("mailto:inkoop@gemeente.example?subject=Kostprijs%20%E2%82%AC%2068%2C15"))),
    );
    await saveFeedbackDraft(w.ctx, { consultationId: id, revision: 1, feedback: leaking, dismissedFindings: [] });
    await submitFeedback(w.ctx, id, ORIGIN);
    // Not yet approved: nothing is published.
    expect(await refusal(publishFeedback(w.ctx, { consultationId: id }, ORIGIN))).toEqual({
      field: "feedback",
      message: expect.stringMatching(/collega/) as unknown,
    });
    await reviewFeedback(b, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN);
    // The address is dropped by the gate, so this one is published without the link, and without the price.
    expect(await publishFeedback(w.ctx, { consultationId: id }, ORIGIN)).toBe(2);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    expect(JSON.stringify(row!.feedback)).not.toMatch(/68|href/);
    expect(JSON.stringify(row!.feedback)).toContain("[weggelakt — concurrentiegevoelig, 5.1.2f]");
    const [draft] = await db
      .select()
      .from(consultationFeedbackDrafts)
      .where(eq(consultationFeedbackDrafts.consultationId, id));
    expect(draft).toMatchObject({ touchedBy: [w.ctx.actor.id], reviewedBy: b.actor.id, publishedBy: w.ctx.actor.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(audit.filter((a) => a.action === "consultation.publish_feedback").map((a) => a.result)).toEqual(
      expect.arrayContaining(["denied", "success"]),
    );
  });

  it("refuses at publication a feedback report whose finding became undecided after approval", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-g9");
    const b = { ...w.ctx, actor: await anotherOfficer(db, "b-g9") };
    const { id } = await createConsultation(w.ctx, w.input);
    await publishConsultation(w.ctx, id, ORIGIN);
    await closeConsultationNow(w.ctx, id);
    // A figure the municipality published is not suggested; once it is no longer on the list, it is.
    const [figure] = await db
      .insert(trajectoryPublicFigures)
      .values({
        trajectoryId: w.input.trajectoryId,
        figure: "€ 71,30",
        description: "uurtarief",
        createdBy: w.ctx.actor.id,
      })
      .returning();
    const feedback = doc(p(text("Wat wij hoorden: het tarief van € 71,30 per uur blijft in de volgende fase staan.")));
    await saveFeedbackDraft(w.ctx, { consultationId: id, revision: 0, feedback, dismissedFindings: [] });
    await submitFeedback(w.ctx, id, ORIGIN);
    await reviewFeedback(b, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN);
    await db.delete(trajectoryPublicFigures).where(eq(trajectoryPublicFigures.id, figure!.id));
    expect(await refusal(publishFeedback(w.ctx, { consultationId: id }, ORIGIN))).toEqual({
      field: "feedback",
      message: expect.stringMatching(/suggestie/) as unknown,
    });
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    expect(row!.feedback).toBeNull();
  });

  it("refuses a feedback report whose removed text still stands elsewhere", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-g6");
    const b = { ...w.ctx, actor: await anotherOfficer(db, "b-g6") };
    const { id } = await createConsultation(w.ctx, w.input);
    await publishConsultation(w.ctx, id, ORIGIN);
    await closeConsultationNow(w.ctx, id);
    const feedback = doc(
      p(text("Wij hoorden veel over het plan van "), text("Zorgboerderij Klaverweide", redacted("5.1.1c")), text(".")),
      p(text("Het plan van zorgboerderij klaverweide krijgt een vervolg in de volgende fase.")),
    );
    await saveFeedbackDraft(w.ctx, { consultationId: id, revision: 0, feedback, dismissedFindings: [] });
    await submitFeedback(w.ctx, id, ORIGIN);
    await reviewFeedback(b, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN);
    await expect(publishFeedback(w.ctx, { consultationId: id }, ORIGIN)).rejects.toThrow(/tegengehouden/);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    expect(row!.feedback).toBeNull();
  });

  it("four eyes for feedback: A writes, B only submits, A may not approve; a colleague who did not touch it may", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-g8");
    const a = w.ctx;
    const b = { ...w.ctx, actor: await anotherOfficer(db, "b-g8") };
    const c = { ...w.ctx, actor: await anotherOfficer(db, "c-g8") };
    const { id } = await createConsultation(a, w.input);
    await publishConsultation(a, id, ORIGIN);
    await closeConsultationNow(a, id);
    const feedback = doc(p(text("Wij hoorden dat de wachttijden te lang zijn; de gemeente kort de termijnen in.")));
    await saveFeedbackDraft(a, { consultationId: id, revision: 0, feedback, dismissedFindings: [] });
    await submitFeedback(b, id, ORIGIN);
    expect(await refusal(reviewFeedback(a, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN))).toEqual({
      field: undefined,
      message: expect.stringMatching(/vier ogen/) as unknown,
    });
    expect(await refusal(reviewFeedback(b, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN))).toEqual({
      field: undefined,
      message: expect.stringMatching(/zelf aangeboden/) as unknown,
    });
    await expect(publishFeedback(a, { consultationId: id }, ORIGIN)).rejects.toThrow(/collega/);
    const denied = (await db.select().from(auditLog).where(eq(auditLog.objectId, id))).filter(
      (e) => e.action === "consultation.review_feedback" && e.result === "denied",
    );
    expect(denied.map((e) => (e.details as { reason: string }).reason).sort()).toEqual([
      "own_feedback",
      "touched_feedback",
    ]);
    await reviewFeedback(c, { consultationId: id, decision: "approve", remarks: "" }, ORIGIN);
    expect(await publishFeedback(a, { consultationId: id }, ORIGIN)).toBe(0);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    expect(row!.state).toBe("feedback_published");
  });

  it("refuses meeting texts with a finding unless the officer keeps it on purpose, and audits both", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-g7");
    const startsAt = new Date(Date.now() + 86400_000);
    const input = {
      trajectoryId: w.input.trajectoryId,
      consultationId: null,
      kind: "plenary" as const,
      title: "Sessie wachtlijst",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3600_000),
      location: "Stadhuis",
      onlineUrl: null,
      agenda: "Opening\nCasus mevrouw Hoekstra-Bakir, bereikbaar op 06-87654321",
    };
    expect(await refusal(createMeeting(w.ctx, input))).toEqual({
      field: "keepFindings",
      message: expect.stringContaining("06-87654321") as unknown,
    });
    const { id } = await createMeeting(w.ctx, { ...input, keepFindings: true });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "meeting.create"));
    expect(audit.map((a) => a.result)).toEqual(expect.arrayContaining(["denied", "success"]));
    expect(audit.find((a) => a.objectId === id)?.details).toMatchObject({
      keptFindings: expect.arrayContaining(["phone"]) as unknown,
    });
  });
});
