import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, minutesVersions, notifications, outbox, users } from "@/db/schema";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listMinutesRemarks } from "@/db/queries/minutes";
import { loadPublishedMinutesFor } from "@/lib/minutes/reads";
import { createConsultation, inviteParticipants } from "@/lib/consultation/writes";
import { listInvitees } from "@/db/queries/meetings";
import { createMeeting, inviteToMeeting, recordAttendance } from "@/lib/meeting/writes";
import { endAttendeeCheckNow } from "@/lib/minutes/attendee-check-stop";
import { publishMinutes } from "@/lib/minutes/publish";
import {
  addMinutesRemark,
  requestAttendeeCheck,
  reviewMinutes,
  saveMinutes,
  submitMinutes,
} from "@/lib/minutes/writes";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const ORIGIN = "https://portaal.example";
const SECRET = "€ 61,37";

const doc = (...paragraphs: RichTextNode[]): RichTextDoc => ({ type: "doc", content: paragraphs });
const p = (...content: RichTextNode[]) => ({ type: "paragraph" as const, content });
const text = (value: string, ground?: string) => ({
  type: "text" as const,
  text: value,
  ...(ground ? { marks: [{ type: "redaction" as const, attrs: { ground } }] } : {}),
});

async function world(db: Database, suffix: string) {
  const w = await providerWorld(db, suffix);
  const [second] = await db
    .insert(users)
    .values({ email: `collega${suffix}@example.nl`, name: "Collega", role: "officer" })
    .returning();
  const colleague: Actor = {
    id: second!.id,
    name: second!.name,
    email: second!.email,
    role: "officer",
    providerId: null,
    membershipStatus: null,
    councilId: null,
  };
  // Provider B takes part in the trajectory through a consultation only, not in the meeting.
  const { id: consultationId } = await createConsultation(w.ctx, w.input);
  await inviteParticipants(w.ctx, { consultationId, providerIds: [w.b.id], userIds: [] }, ORIGIN);
  const startsAt = new Date(Date.now() - 3 * 3600_000);
  const { id: meetingId } = await createMeeting(w.ctx, {
    trajectoryId: w.input.trajectoryId,
    consultationId: null,
    kind: "one_to_one",
    title: "Gesprek tarieven",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3600_000),
    location: "Stadhuis",
    onlineUrl: null,
    agenda: "Tarieven bespreken",
  });
  await inviteToMeeting(w.ctx, { meetingId, providerIds: [w.a.id], userIds: [] }, ORIGIN, startsAt);
  const reviewerCtx = { ...w.ctx, actor: colleague };
  return { ...w, meetingId, reviewerCtx };
}

const save = (
  ctx: Parameters<typeof saveMinutes>[0],
  meetingId: string,
  revision: number,
  document: RichTextDoc,
  dismissedFindings: string[] = [],
) => saveMinutes(ctx, { meetingId, revision, document, dismissedFindings, publicFigures: [], confidentialTerms: [] });

describeEachDatabase("minutes: redaction, four eyes and publication", (getDb) => {
  it("publishes only approved, fully reviewed minutes, to every provider of the trajectory at once, without the removed text", async () => {
    const db = getDb();
    const w = await world(db, "-v1");
    const withOpenSuggestion = doc(p(text(`Wijkzorg rekent een kostprijs van ${SECRET} per uur.`)));
    await save(w.ctx, w.meetingId, 0, withOpenSuggestion);
    await expect(submitMinutes(w.ctx, w.meetingId, ORIGIN)).rejects.toThrow(/suggestie/);

    await save(
      w.ctx,
      w.meetingId,
      1,
      doc(p(text("Wijkzorg rekent een kostprijs van "), text(SECRET, "5.1.2f"), text(" per uur."))),
    );
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /goedgekeurd/,
    );
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await expect(
      reviewMinutes(w.ctx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN),
    ).rejects.toThrow(/vier ogen/);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);

    const { version, notified } = await publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN);
    expect(version).toBe(1);
    expect(notified).toBe(2);
    const [published] = await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId));
    for (const surface of [published!.html, published!.text, JSON.stringify(published!.body)]) {
      expect(surface).not.toContain("61,37");
      expect(surface).toContain("[weggelakt — concurrentiegevoelig, 5.1.2f]");
    }
    expect(Buffer.from(published!.pdf).toString("latin1")).not.toContain("61,37");
    // Provider B was not at the meeting but takes part in the trajectory: it gets the minutes too.
    for (const member of [w.memberA, w.memberB]) {
      const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, member.email));
      expect(mail?.subject).toBe("Verslag gepubliceerd: Gesprek tarieven");
      expect(mail?.body).not.toContain("61,37");
    }
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, w.meetingId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "minutes.save",
        "minutes.submit",
        "minutes.review",
        "minutes.approve",
        "minutes.publish",
      ]),
    );
    expect(audit.find((a) => a.action === "minutes.review")?.result).toBe("denied");
    expect(JSON.stringify(audit)).not.toContain("61,37");
  });

  it("blocks publication when removed text still stands elsewhere, and keeps published versions immutable", async () => {
    const db = getDb();
    const w = await world(db, "-v2");
    await save(
      w.ctx,
      w.meetingId,
      0,
      doc(
        p(text("Het plan heet "), text("Zonnebloemproject", "5.1.1c"), text(".")),
        p(text("Later ging het weer over het Zonnebloemproject.")),
      ),
    );
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /tegengehouden/,
    );
    expect(await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId))).toHaveLength(0);

    // Approval is voided by the fix; after a new review it publishes, and a correction needs a note.
    const fixed = await save(
      w.ctx,
      w.meetingId,
      1,
      doc(p(text("Het plan heet "), text("Zonnebloemproject", "5.1.1c"), text("."))),
    );
    expect(fixed.approvalVoided).toBe(true);
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN);

    await save(
      w.ctx,
      w.meetingId,
      2,
      doc(p(text("Het plan heet "), text("Zonnebloemproject", "5.1.1c"), text(" en start in mei."))),
    );
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    expect(
      (await publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "Startmaand toegevoegd." }, ORIGIN)).version,
    ).toBe(2);

    await expect(
      db.update(minutesVersions).set({ html: "<p>gewijzigd</p>" }).where(eq(minutesVersions.meetingId, w.meetingId)),
    ).rejects.toThrow();
    const versions = await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId));
    expect(versions.map((v) => v.changeNote).sort()).toEqual(["Startmaand toegevoegd.", null].sort());
  });

  it("refuses a save based on an older revision and edits while under review", async () => {
    const db = getDb();
    const w = await world(db, "-v3");
    await save(w.ctx, w.meetingId, 0, doc(p(text("Eerste versie van het verslag."))));
    await expect(save(w.reviewerCtx, w.meetingId, 0, doc(p(text("Gelijktijdig geschreven."))))).rejects.toThrow(
      /intussen opgeslagen/,
    );
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await expect(save(w.ctx, w.meetingId, 1, doc(p(text("Tijdens beoordeling."))))).rejects.toThrow(/ter beoordeling/);
    await reviewMinutes(
      w.reviewerCtx,
      { meetingId: w.meetingId, decision: "send_back", remarks: "Naam van de cliënt weglakken." },
      ORIGIN,
    );
    const [told] = await db.select().from(notifications).where(eq(notifications.userId, w.ctx.actor.id));
    expect(told?.body).toBe("Naam van de cliënt weglakken.");
    expect((await save(w.ctx, w.meetingId, 1, doc(p(text("Verbeterd."))))).revision).toBe(2);
  });

  it("lets attendees check the redacted draft until the deadline, and refuses unpublished versions to providers with an audit entry", async () => {
    const db = getDb();
    const w = await world(db, "-v4");
    await save(w.ctx, w.meetingId, 0, doc(p(text("Afspraak over de wachtlijst."))));
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    const now = new Date();
    await expect(
      requestAttendeeCheck(w.ctx, { meetingId: w.meetingId, deadline: new Date(now.getTime() - 60_000) }, ORIGIN, now),
    ).rejects.toBeInstanceOf(DomainRuleError);
    expect(
      await requestAttendeeCheck(
        w.ctx,
        { meetingId: w.meetingId, deadline: new Date(now.getTime() + 86400_000) },
        ORIGIN,
        now,
      ),
    ).toEqual({ notified: 1, present: null, invitees: 1 });
    const memberCtx = { db, actor: w.memberA, origin: "test" };
    await addMinutesRemark(memberCtx, { meetingId: w.meetingId, body: "Graag ook de datum noemen." }, ORIGIN);
    // Provider B was not at the meeting: it may not take part in the check.
    await expect(
      addMinutesRemark(
        { db, actor: w.memberB, origin: "test" },
        { meetingId: w.meetingId, body: "Ik was er niet." },
        ORIGIN,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listMinutesRemarks(db, w.meetingId)).toMatchObject([
      { body: "Graag ook de datum noemen.", name: "Medewerker A" },
    ]);
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /controleren tot/,
    );
    await expect(
      addMinutesRemark(
        memberCtx,
        { meetingId: w.meetingId, body: "Te laat." },
        ORIGIN,
        new Date(now.getTime() + 2 * 86400_000),
      ),
    ).rejects.toThrow(/afgelopen/);
    expect(
      (
        await publishMinutes(
          w.ctx,
          { meetingId: w.meetingId, changeNote: "" },
          ORIGIN,
          new Date(now.getTime() + 2 * 86400_000),
        )
      ).version,
    ).toBe(1);

    await expect(loadPublishedMinutesFor(db, w.memberB, w.meetingId, 2, "test")).rejects.toBeInstanceOf(NotFoundError);
    const denied = await db.select().from(auditLog).where(eq(auditLog.action, "minutes.view_published"));
    expect(denied.some((a) => a.objectId === w.meetingId && a.result === "denied" && a.actorId === w.memberB.id)).toBe(
      true,
    );
    expect((await loadPublishedMinutesFor(db, w.memberB, w.meetingId, 1, "test")).published.version).toBe(1);
  });
});

describeEachDatabase("minutes: when they may be checked and published", (getDb) => {
  async function approved(db: Database, suffix: string) {
    const w = await world(db, suffix);
    await save(w.ctx, w.meetingId, 0, doc(p(text("Afspraak over de wachtlijst."))));
    await submitMinutes(w.ctx, w.meetingId, ORIGIN);
    await reviewMinutes(w.reviewerCtx, { meetingId: w.meetingId, decision: "approve", remarks: "" }, ORIGIN);
    return w;
  }

  it("publishes no minutes before the meeting began, and audits the refusal", async () => {
    const db = getDb();
    const w = await approved(db, "-w1");
    const before = new Date(Date.now() - 4 * 3600_000);
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN, before)).rejects.toThrow(
      /heeft plaatsgevonden/,
    );
    const refusals = await db.select().from(auditLog).where(eq(auditLog.action, "minutes.publish"));
    expect(refusals.some((a) => a.objectId === w.meetingId && a.result === "denied")).toBe(true);
    expect(await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, w.meetingId))).toHaveLength(0);
  });

  it("counts only recorded attendance as attendees, and lets the officer end a check early", async () => {
    const db = getDb();
    const w = await approved(db, "-w2");
    const now = new Date();
    const deadline = new Date(now.getTime() + 2 * 86400_000);
    // Nobody's attendance was recorded: the invitees are asked, and none of them is called an attendee.
    expect(await requestAttendeeCheck(w.ctx, { meetingId: w.meetingId, deadline }, ORIGIN, now)).toEqual({
      notified: 1,
      present: null,
      invitees: 1,
    });
    const [invitee] = await listInvitees(db, w.meetingId);
    await recordAttendance(w.ctx, {
      meetingId: w.meetingId,
      entries: [{ inviteeId: invitee!.id, attendance: "present", reason: null }],
    });
    expect(await requestAttendeeCheck(w.ctx, { meetingId: w.meetingId, deadline }, ORIGIN, now)).toMatchObject({
      present: 1,
    });
    await expect(publishMinutes(w.ctx, { meetingId: w.meetingId, changeNote: "" }, ORIGIN, now)).rejects.toThrow(
      /controleren tot/,
    );
    const later = new Date(now.getTime() + 60_000);
    await endAttendeeCheckNow(w.ctx, w.meetingId, later);
    await expect(endAttendeeCheckNow(w.ctx, w.meetingId, later)).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      addMinutesRemark(
        { db, actor: w.memberA, origin: "test" },
        { meetingId: w.meetingId, body: "Nog een opmerking." },
        ORIGIN,
        new Date(later.getTime() + 1000),
      ),
    ).rejects.toThrow(/afgelopen/);
    const ended = await db.select().from(auditLog).where(eq(auditLog.action, "minutes.end_check_early"));
    expect(ended.map((a) => a.objectId)).toEqual([w.meetingId]);
    const published = await publishMinutes(
      w.ctx,
      { meetingId: w.meetingId, changeNote: "" },
      ORIGIN,
      new Date(later.getTime() + 1000),
    );
    expect(published.version).toBe(1);
  });
});
