import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { commentFlags, consultationComments } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { consultationOfficers } from "@/lib/notifications/officers";
import { can } from "@/lib/policy";
import { loadConsultationFor } from "./reads";

type Ctx = WriteContext & { actor: Actor };

export const commentInput = z.strictObject({
  consultationId: z.uuid(),
  parentId: z.union([z.uuid(), z.literal("")]).optional(),
  body: z
    .string()
    .trim()
    .min(2, t("errors.tooShort", { min: 2 }))
    .max(4000, t("errors.tooLong", { max: 4000 })),
});
export const flagInput = z.strictObject({ commentId: z.uuid() });
export const hideInput = z.strictObject({
  commentId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(5, t("consultation.hideReasonRequired"))
    .max(500, t("errors.tooLong", { max: 500 })),
});

export async function postComment(ctx: Ctx, input: z.output<typeof commentInput>): Promise<void> {
  const { consultation, resource } = await loadConsultationFor(ctx.db, ctx.actor, input.consultationId);
  if (!can(ctx.actor, "consultation.comment", resource)) throw new ForbiddenError("consultation.comment");
  await ctx.db.transaction(async (tx) => {
    let parentAuthor: string | null = null;
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: consultationComments.id, authorId: consultationComments.authorId })
        .from(consultationComments)
        .where(
          and(eq(consultationComments.id, input.parentId), eq(consultationComments.consultationId, consultation.id)),
        );
      if (!parent) throw new NotFoundError("comment");
      parentAuthor = parent.authorId;
    }
    const [row] = await tx
      .insert(consultationComments)
      .values({
        consultationId: consultation.id,
        parentId: input.parentId || null,
        authorId: ctx.actor.id,
        body: input.body,
      })
      .returning({ id: consultationComments.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.comment",
        objectType: "comment",
        objectId: row?.id,
        trajectoryId: consultation.trajectoryId,
      },
    );
    // The author of the comment replied to hears of it, unless they replied to themselves.
    if (parentAuthor && parentAuthor !== ctx.actor.id) {
      await notifyUsers(tx, [parentAuthor], {
        kind: "comment_reply",
        subject: t("notify.replySubject", { title: consultation.title }),
        body: t("notify.replyBody", { who: ctx.actor.name, title: consultation.title }),
        link: absoluteUrl(`/consultaties/${consultation.id}#reactie-${row?.id ?? ""}`),
      });
    }
  });
}

export async function commentOrThrow(ctx: Ctx, commentId: string) {
  const [comment] = await ctx.db.select().from(consultationComments).where(eq(consultationComments.id, commentId));
  if (!comment) throw new NotFoundError("comment");
  // The comment is only reachable for someone who may see its consultation.
  const loaded = await loadConsultationFor(ctx.db, ctx.actor, comment.consultationId);
  return { comment, ...loaded };
}

/** Anyone who can see a comment may flag it once; officers see the count and are told of each new report. */
export async function flagComment(ctx: Ctx, commentId: string): Promise<void> {
  const { comment, consultation } = await commentOrThrow(ctx, commentId);
  await ctx.db.transaction(async (tx) => {
    const added = await tx
      .insert(commentFlags)
      .values({ commentId: comment.id, userId: ctx.actor.id })
      .onConflictDoNothing()
      .returning({ commentId: commentFlags.commentId });
    if (added.length && !comment.hiddenAt) {
      await notifyUsers(tx, await consultationOfficers(tx, consultation.id), {
        kind: "comment_reported",
        subject: t("notify.commentReportedSubject", { title: consultation.title }),
        body: t("notify.commentReportedBody", {
          title: consultation.title,
          flags: await flagCount({ db: tx }, comment.id),
        }),
        link: absoluteUrl("/beheer/moderatie"),
      });
    }
    await recordAudit(
      { ...ctx, db: tx },
      { action: "comment.flag", objectType: "comment", objectId: comment.id, trajectoryId: consultation.trajectoryId },
    );
  });
}

/** An officer hides a comment with a reason; the thread shows that it was hidden, and why. */
export async function hideComment(ctx: Ctx, input: { commentId: string; reason: string }): Promise<void> {
  const { comment, consultation, resource } = await commentOrThrow(ctx, input.commentId);
  if (!can(ctx.actor, "consultation.manage", resource)) throw new ForbiddenError("comment.hide");
  if (comment.hiddenAt) throw new DomainRuleError(t("consultation.alreadyHidden"));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(consultationComments)
      .set({ hiddenAt: new Date(), hiddenBy: ctx.actor.id, hiddenReason: input.reason })
      .where(eq(consultationComments.id, comment.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "comment.hide",
        objectType: "comment",
        objectId: comment.id,
        trajectoryId: consultation.trajectoryId,
        details: { reason: input.reason },
      },
    );
    await notifyUsers(tx, [comment.authorId], {
      kind: "comment_hidden",
      subject: t("notify.hiddenSubject", { title: consultation.title }),
      body: t("notify.hiddenBody", { title: consultation.title, reason: input.reason }),
      link: absoluteUrl(`/consultaties/${consultation.id}#reactie-${comment.id}`),
    });
  });
}

export async function flagCount(ctx: Pick<Ctx, "db">, commentId: string): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(commentFlags).where(eq(commentFlags.commentId, commentId));
  return row?.n ?? 0;
}
