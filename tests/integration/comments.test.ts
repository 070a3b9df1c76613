import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { consultationComments, users } from "@/db/schema";
import { listComments } from "@/db/queries/consultations";
import type { Actor } from "@/lib/auth/actor";
import { flagComment, hideComment, postComment } from "@/lib/consultation/comments";
import { createConsultation, publishConsultation } from "@/lib/consultation/writes";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createTrajectory } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const doc = {
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Intro" }] }],
};

describeEachDatabase("consultation discussion", (getDb) => {
  it("lets residents comment, anyone flag once, and officers hide with a reason", async () => {
    const db = getDb();
    const base = await minimalWorld(db, "-m1");
    const officerCtx = { db, actor: base.actor, origin: "test" };
    const { id: trajectoryId } = await createTrajectory(officerCtx, base.input);
    const now = Date.now();
    const { id } = await createConsultation(officerCtx, {
      trajectoryId,
      phase: "analysis",
      title: "Open consultatie",
      introduction: doc,
      openness: "open",
      form: "written",
      interaction: "non_interactive",
      audience: "both",
      opensAt: new Date(now - 3600_000),
      closesAt: new Date(now + 86400_000),
      questions: [{ kind: "open", prompt: "Wat moet beter?", helpText: "", required: false, options: [] }],
    });
    const [r] = await db
      .insert(users)
      .values({ email: "inwoner-m1@example.nl", name: "Inwoner", role: "resident" })
      .returning();
    const resident: Actor = {
      id: r!.id,
      name: r!.name,
      email: r!.email,
      role: "resident",
      providerId: null,
      membershipStatus: null,
      councilId: null,
    };
    const residentCtx = { db, actor: resident, origin: "test" };
    await expect(postComment(residentCtx, { consultationId: id, body: "Te vroeg" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await publishConsultation(officerCtx, id, "https://x");
    await postComment(residentCtx, { consultationId: id, body: "Meer aandacht voor mantelzorgers" });
    const [comment] = await listComments(db, id);
    await postComment(residentCtx, { consultationId: id, parentId: comment!.id, body: "En voor jonge mantelzorgers" });
    await expect(
      postComment(residentCtx, { consultationId: id, parentId: "99999999-9999-4999-8999-999999999999", body: "x?" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await flagComment(residentCtx, comment!.id);
    await flagComment(residentCtx, comment!.id);
    expect((await listComments(db, id)).find((c) => c.id === comment!.id)?.flags).toBe(1);
    await expect(hideComment(residentCtx, { commentId: comment!.id, reason: "Niet netjes" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await hideComment(officerCtx, { commentId: comment!.id, reason: "Bevat persoonsgegevens" });
    await expect(hideComment(officerCtx, { commentId: comment!.id, reason: "Nog eens" })).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    const [hidden] = await db.select().from(consultationComments).where(eq(consultationComments.id, comment!.id));
    expect(hidden).toMatchObject({
      hiddenReason: "Bevat persoonsgegevens",
      hiddenBy: base.actor.id,
      body: "Meer aandacht voor mantelzorgers",
    });
  });
});
