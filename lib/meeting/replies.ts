import { and, eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { meetingInvitees, meetingReplies, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { getMeetingOrThrow } from "@/db/queries/meetings";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";

export const replyInput = z.strictObject({ meetingId: z.uuid(), reply: z.enum(["accepted", "declined"]) });
export type MeetingReply = z.output<typeof replyInput>["reply"];

/** The invitation row that is the actor's: their own, or their provider's. */
async function ownInvitee(db: Executor, meetingId: string, actor: Actor) {
  const providerId = speakingFor(actor);
  const rows = await db
    .select({ id: meetingInvitees.id, providerId: meetingInvitees.providerId })
    .from(meetingInvitees)
    .where(
      and(
        eq(meetingInvitees.meetingId, meetingId),
        or(eq(meetingInvitees.userId, actor.id), providerId ? eq(meetingInvitees.providerId, providerId) : undefined),
      ),
    );
  // A personal invitation goes before the organisation's.
  return rows.find((r) => r.providerId === null) ?? rows[0] ?? null;
}

/** The actor's current answer to the invitation, or null (also when not invited). */
export async function loadOwnReply(db: Executor, actor: Actor | null, meetingId: string) {
  if (!actor) return null;
  const invitee = await ownInvitee(db, meetingId, actor);
  if (!invitee) return null;
  const [row] = await db
    .select({ reply: meetingReplies.reply, repliedAt: meetingReplies.repliedAt, by: users.name })
    .from(meetingReplies)
    .innerJoin(users, eq(users.id, meetingReplies.repliedBy))
    .where(eq(meetingReplies.inviteeId, invitee.id));
  return row ?? null;
}

/** An invitee accepts or declines, until the meeting has ended; a later answer replaces the earlier one. */
export async function replyToInvitation(
  ctx: WriteContext & { actor: Actor },
  input: z.output<typeof replyInput>,
  now = new Date(),
): Promise<void> {
  const meeting = await getMeetingOrThrow(ctx.db, input.meetingId);
  const invitee = await ownInvitee(ctx.db, meeting.id, ctx.actor);
  if (!invitee) throw new NotFoundError("meeting");
  const ended = meeting.endsAt <= now;
  if (!can(ctx.actor, "meeting.reply", { invited: true, ended })) {
    if (ended) throw new DomainRuleError(t("meetingReply.ended"));
    throw new ForbiddenError("meeting.reply");
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(meetingReplies)
      .values({ inviteeId: invitee.id, reply: input.reply, repliedBy: ctx.actor.id, repliedAt: now })
      .onConflictDoUpdate({
        target: meetingReplies.inviteeId,
        set: { reply: input.reply, repliedBy: ctx.actor.id, repliedAt: now },
      });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.reply",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { reply: input.reply, inviteeId: invitee.id },
      },
    );
  });
}

/** Every invitee's answer, for the officer's meeting page. */
export async function listRepliesForStaff(db: Executor, actor: Actor | null, inviteeIds: string[]) {
  if (!can(actor, "meeting.administer")) throw new ForbiddenError("meeting.administer");
  if (inviteeIds.length === 0) return new Map<string, { reply: MeetingReply; repliedAt: Date; by: string }>();
  const rows = await db
    .select({
      inviteeId: meetingReplies.inviteeId,
      reply: meetingReplies.reply,
      repliedAt: meetingReplies.repliedAt,
      by: users.name,
    })
    .from(meetingReplies)
    .innerJoin(users, eq(users.id, meetingReplies.repliedBy))
    .where(inArray(meetingReplies.inviteeId, inviteeIds));
  return new Map(rows.map((r) => [r.inviteeId, { reply: r.reply, repliedAt: r.repliedAt, by: r.by }]));
}
