import { desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { commentFlags, commentRevisions, consultationComments, consultations, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { can } from "@/lib/policy";
import { commentInput, commentOrThrow } from "./comments";

type Ctx = WriteContext & { actor: Actor };

export const editCommentInput = z.strictObject({ commentId: z.uuid(), body: commentInput.shape.body });
export const unhideInput = z.strictObject({
  commentId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(5, t("moderation.unhideReasonRequired"))
    .max(500, t("errors.tooLong", { max: 500 })),
});

/**
 * The author changes their own comment while the discussion is open to them. The earlier text is kept
 * (officers see it) and the comment shows that it was edited; a hidden comment cannot be edited.
 */
export async function editComment(ctx: Ctx, input: z.output<typeof editCommentInput>): Promise<void> {
  const { comment, consultation, resource } = await commentOrThrow(ctx, input.commentId);
  const target = { ...resource, authorId: comment.authorId, hidden: comment.hiddenAt !== null };
  if (!can(ctx.actor, "comment.edit", target)) throw new ForbiddenError("comment.edit");
  if (comment.body === input.body) return;
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await tx.insert(commentRevisions).values({ commentId: comment.id, body: comment.body, replacedAt: now });
    await tx
      .update(consultationComments)
      .set({ body: input.body, editedAt: now })
      .where(eq(consultationComments.id, comment.id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "comment.edit", objectType: "comment", objectId: comment.id, trajectoryId: consultation.trajectoryId },
    );
  });
}

/** An officer shows a hidden comment again, with a reason; audited, and the author is told. */
export async function unhideComment(ctx: Ctx, input: z.output<typeof unhideInput>): Promise<void> {
  const { comment, consultation, resource } = await commentOrThrow(ctx, input.commentId);
  if (!can(ctx.actor, "consultation.manage", resource)) throw new ForbiddenError("comment.unhide");
  if (!comment.hiddenAt) throw new DomainRuleError(t("moderation.notHidden"));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(consultationComments)
      .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
      .where(eq(consultationComments.id, comment.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "comment.unhide",
        objectType: "comment",
        objectId: comment.id,
        trajectoryId: consultation.trajectoryId,
        details: { reason: input.reason, hiddenReason: comment.hiddenReason },
      },
    );
    await notifyUsers(tx, [comment.authorId], {
      kind: "comment_hidden",
      subject: t("moderation.unhiddenSubject", { title: consultation.title }),
      body: t("moderation.unhiddenBody", { title: consultation.title, reason: input.reason }),
      link: absoluteUrl(`/consultaties/${consultation.id}#reactie-${comment.id}`),
    });
  });
}

/** Reported or hidden comments of every consultation, newest first: the officers' moderation queue. */
export async function listModerationQueue(db: Executor, actor: Actor | null) {
  if (!can(actor, "consultation.administer")) throw new ForbiddenError("consultation.administer");
  const flags = sql<number>`(select count(*)::int from ${commentFlags}
    where ${commentFlags.commentId} = ${consultationComments.id})`;
  const rows = await db
    .select({
      comment: consultationComments,
      author: users.name,
      consultationTitle: consultations.title,
      flags,
    })
    .from(consultationComments)
    .innerJoin(users, eq(users.id, consultationComments.authorId))
    .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
    .where(or(isNotNull(consultationComments.hiddenAt), sql`${flags} > 0`))
    .orderBy(desc(consultationComments.createdAt))
    .limit(200);
  const ids = rows.map((r) => r.comment.id);
  const revisions = ids.length
    ? await db
        .select()
        .from(commentRevisions)
        .where(inArray(commentRevisions.commentId, ids))
        .orderBy(commentRevisions.replacedAt)
    : [];
  return rows.map((r) => ({
    ...r.comment,
    author: r.author,
    consultationTitle: r.consultationTitle,
    flags: Number(r.flags),
    revisions: revisions
      .filter((v) => v.commentId === r.comment.id)
      .map((v) => ({ body: v.body, replacedAt: v.replacedAt })),
  }));
}
export type ModerationRow = Awaited<ReturnType<typeof listModerationQueue>>[number];
