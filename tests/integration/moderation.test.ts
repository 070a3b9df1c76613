import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { auditLog, commentRevisions, consultationComments, notifications, users } from "@/db/schema";
import { listComments } from "@/db/queries/consultations";
import type { Actor } from "@/lib/auth/actor";
import { flagComment, hideComment, postComment } from "@/lib/consultation/comments";
import { closeConsultationNow } from "@/lib/consultation/feedback";
import { editComment, listModerationQueue, unhideComment } from "@/lib/consultation/moderation";
import { createConsultation, publishConsultation } from "@/lib/consultation/writes";
import { DomainRuleError, ForbiddenError } from "@/lib/errors";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

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

describeEachDatabase("moderation queue and editing one's own comment", (getDb) => {
  it("lets the author edit while open, keeping the earlier text; nobody else, never when hidden or closed", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-mo1");
    const { id } = await createConsultation(w.ctx, { ...w.input, openness: "open", audience: "both" });
    await publishConsultation(w.ctx, id, "https://x");
    const anna = await resident(db, "anna-mo1@example.nl");
    const bram = await resident(db, "bram-mo1@example.nl");
    const as = (actor: Actor) => ({ db, actor, origin: "test" });
    await postComment(as(anna), { consultationId: id, body: "Eerste versie" });
    await postComment(as(anna), { consultationId: id, body: "Tweede reactie" });
    const [first, second] = await listComments(db, id);

    await editComment(as(anna), { commentId: first!.id, body: "Verbeterde versie" });
    const [edited] = await db.select().from(consultationComments).where(eq(consultationComments.id, first!.id));
    expect(edited).toMatchObject({ body: "Verbeterde versie" });
    expect(edited!.editedAt).toBeInstanceOf(Date);
    const history = await db.select().from(commentRevisions).where(eq(commentRevisions.commentId, first!.id));
    expect(history.map((h) => h.body)).toEqual(["Eerste versie"]);
    expect((await db.select().from(auditLog).where(eq(auditLog.action, "comment.edit"))).length).toBe(1);

    await expect(editComment(as(bram), { commentId: first!.id, body: "Overgenomen" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(editComment(w.ctx, { commentId: first!.id, body: "Door de gemeente" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await hideComment(w.ctx, { commentId: second!.id, reason: "Bevat persoonsgegevens" });
    await expect(editComment(as(anna), { commentId: second!.id, body: "Nu netjes" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await closeConsultationNow(w.ctx, id);
    await expect(editComment(as(anna), { commentId: first!.id, body: "Na sluiten" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [unchanged] = await db.select().from(consultationComments).where(eq(consultationComments.id, first!.id));
    expect(unchanged!.body).toBe("Verbeterde versie");
  });

  it("lists reported and hidden comments of all consultations and un-hides with a reason, audited", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-mo2");
    const ids: string[] = [];
    for (const title of ["Consultatie een", "Consultatie twee"]) {
      const { id } = await createConsultation(w.ctx, { ...w.input, title, openness: "open", audience: "both" });
      await publishConsultation(w.ctx, id, "https://x");
      ids.push(id);
    }
    const anna = await resident(db, "anna-mo2@example.nl");
    const bram = await resident(db, "bram-mo2@example.nl");
    const as = (actor: Actor) => ({ db, actor, origin: "test" });
    await postComment(as(anna), { consultationId: ids[0]!, body: "Gewone reactie" });
    await postComment(as(anna), { consultationId: ids[0]!, body: "Gemelde reactie" });
    await postComment(as(anna), { consultationId: ids[1]!, body: "Verborgen reactie" });
    const [, reported] = await listComments(db, ids[0]!);
    const [toHide] = await listComments(db, ids[1]!);
    await flagComment(as(bram), reported!.id);
    await hideComment(w.ctx, { commentId: toHide!.id, reason: "Scheldwoord" });

    // The database is shared with the test above; its hidden comment is in the queue too.
    const queue = (await listModerationQueue(db, w.ctx.actor)).filter((q) => ids.includes(q.consultationId));
    expect(queue.map((q) => [q.body, q.consultationTitle, q.flags, q.hiddenReason]).sort()).toEqual([
      ["Gemelde reactie", "Consultatie een", 1, null],
      ["Verborgen reactie", "Consultatie twee", 0, "Scheldwoord"],
    ]);
    await expect(listModerationQueue(db, anna)).rejects.toBeInstanceOf(ForbiddenError);

    await expect(unhideComment(as(bram), { commentId: toHide!.id, reason: "Ik vind van wel" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await unhideComment(w.ctx, { commentId: toHide!.id, reason: "Na bezwaar toch toelaatbaar" });
    await expect(unhideComment(w.ctx, { commentId: toHide!.id, reason: "Nog een keer" })).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    const [shown] = await db.select().from(consultationComments).where(eq(consultationComments.id, toHide!.id));
    expect(shown).toMatchObject({ hiddenAt: null, hiddenReason: null, hiddenBy: null });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "comment.unhide"), eq(auditLog.objectId, toHide!.id)));
    expect(audit!.details).toMatchObject({ reason: "Na bezwaar toch toelaatbaar", hiddenReason: "Scheldwoord" });
    const told = await db.select().from(notifications).where(eq(notifications.userId, anna.id));
    expect(told.map((n) => n.title)).toContain("Uw bijdrage is weer zichtbaar: Consultatie twee");
    const after = (await listModerationQueue(db, w.ctx.actor)).filter((q) => ids.includes(q.consultationId));
    expect(after.map((q) => q.body)).toEqual(["Gemelde reactie"]);
  });
});
