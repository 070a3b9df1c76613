import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import {
  consultationTables,
  meetingInvitees,
  meetings,
  tableCompositionMembers,
  tableCompositions,
  tableExclusions,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { selectionInputFor } from "@/db/queries/overlegtafels";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatDate, t } from "@/lib/i18n";
import { invitationMessage } from "@/lib/meeting/messages";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { can } from "@/lib/policy";
import { seatsAboveCaps } from "./composition";
import { proposeReplacement } from "./replacement";
import { selectParticipants } from "./select-participants";
import type { ExclusionInput, LiftExclusionInput, MemberChangeInput } from "./validation";
import { amsterdamDay } from "@/lib/time/amsterdam";

type Ctx = WriteContext & { actor: Actor };

async function lockSession(tx: Executor, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting?.tableId) throw new NotFoundError("table session");
  const [table] = await tx.select().from(consultationTables).where(eq(consultationTables.id, meeting.tableId));
  if (!table) throw new NotFoundError("table");
  const [composition] = await tx.select().from(tableCompositions).where(eq(tableCompositions.meetingId, meeting.id));
  return { meeting, table, composition };
}

/**
 * Proposes the composition of a session by the region's rules, with a fresh recorded seed; replaces an earlier
 * proposal.
 */
export async function proposeComposition(
  ctx: Ctx,
  meetingId: string,
  seed = randomBytes(8).toString("hex"),
): Promise<{ invited: number; relevant: number }> {
  return ctx.db.transaction(async (tx) => {
    const { meeting, table, composition } = await lockSession(tx, meetingId);
    if (composition?.status === "fixed") throw new DomainRuleError(t("overlegtafel.alreadyFixed"));
    const { input } = await selectionInputFor(tx, table, meeting);
    if (input.providers.length === 0) throw new DomainRuleError(t("overlegtafel.noRelevantProviders"));
    const result = selectParticipants({ ...input, seed });
    const byId = new Map(input.providers.map((p) => [p.id, p]));
    if (composition) await tx.delete(tableCompositions).where(eq(tableCompositions.meetingId, meeting.id));
    await tx.insert(tableCompositions).values({
      meetingId: meeting.id,
      tableId: table.id,
      seed,
      sessionDate: input.date,
      mode: result.mode,
      relevantCount: result.relevantCount,
      proposedBy: ctx.actor.id,
    });
    await tx.insert(tableCompositionMembers).values(
      result.outcomes.map((o) => ({
        meetingId: meeting.id,
        providerId: o.providerId,
        sizeClass: byId.get(o.providerId)!.sizeClass,
        subregionId: byId.get(o.providerId)!.subregionId,
        proposedInvited: o.invited,
        proposedReason: o.reason,
        drawKey: o.drawKey,
        invited: o.invited,
      })),
    );
    const invited = result.outcomes.filter((o) => o.invited).length;
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.propose",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { seed, mode: result.mode, relevant: result.relevantCount, invited },
      },
    );
    return { invited, relevant: result.relevantCount };
  });
}

/** A manual change to the proposal: invite or leave out one provider, always with a reason (audited). */
export async function changeMember(
  ctx: Ctx,
  input: Omit<MemberChangeInput, "tableId">,
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { meeting, composition } = await lockSession(tx, input.meetingId);
    if (!composition) throw new NotFoundError("composition");
    if (composition.status === "fixed") throw new DomainRuleError(t("overlegtafel.alreadyFixed"));
    const [row] = await tx
      .update(tableCompositionMembers)
      .set({ invited: input.invited, changeReason: input.reason, changedBy: ctx.actor.id, changedAt: now })
      .where(
        and(
          eq(tableCompositionMembers.meetingId, meeting.id),
          eq(tableCompositionMembers.providerId, input.providerId),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError("composition member");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.change_member",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { providerId: input.providerId, invited: input.invited, reason: input.reason },
      },
    );
  });
}

/**
 * Fixes the composition: the invited providers become the meeting's invitees and, for a session
 * still to come, receive the meeting invitation through the outbox. Above the caps only with a reason.
 */
export async function fixComposition(
  ctx: Ctx,
  input: { meetingId: string; overCapReason: string | null },
  origin: string,
  now = new Date(),
): Promise<{ invited: number; notified: number }> {
  return ctx.db.transaction(async (tx) => {
    const { meeting, composition } = await lockSession(tx, input.meetingId);
    if (!composition) throw new NotFoundError("composition");
    if (composition.status === "fixed") throw new DomainRuleError(t("overlegtafel.alreadyFixed"));
    const invited = (
      await tx.select().from(tableCompositionMembers).where(eq(tableCompositionMembers.meetingId, meeting.id))
    ).filter((m) => m.invited);
    if (invited.length === 0) throw new DomainRuleError(t("overlegtafel.nobodyInvited"));
    const over = seatsAboveCaps(composition.mode, invited);
    if (over.length && (input.overCapReason ?? "").length < 10)
      throw new DomainRuleError(t("overlegtafel.overCapReasonRequired", { over: over.join(" ") }), "overCapReason");
    await tx
      .update(tableCompositions)
      .set({
        status: "fixed",
        fixedBy: ctx.actor.id,
        fixedAt: now,
        overCapReason: over.length ? input.overCapReason : null,
      })
      .where(eq(tableCompositions.meetingId, meeting.id));
    await tx
      .insert(meetingInvitees)
      .values(invited.map((m) => ({ meetingId: meeting.id, providerId: m.providerId })))
      .onConflictDoNothing();
    let notified = 0;
    if (meeting.endsAt > now) {
      notified = await notifyUsers(
        tx,
        await speakersFor(
          tx,
          invited.map((m) => m.providerId),
        ),
        invitationMessage(meeting, origin),
      );
      await tx.update(meetings).set({ invitationsSentAt: now }).where(eq(meetings.id, meeting.id));
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.fix",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: {
          invited: invited.map((m) => m.providerId),
          overCaps: over,
          overCapReason: over.length ? input.overCapReason : null,
          notified,
        },
      },
    );
    return { invited: invited.length, notified };
  });
}

/**
 * Takes a provider out of a session that has not ended (excluded or withdrawn) and records the
 * portal's proposed replacement: same class, same sub-region first, by rotation and the session's draw.
 */
async function leaveSession(
  tx: Executor,
  actor: Actor,
  meetingId: string,
  providerId: string,
  reason: string,
  now: Date,
) {
  const { meeting, table, composition } = await lockSession(tx, meetingId);
  if (!composition) return null;
  const members = await tx
    .select()
    .from(tableCompositionMembers)
    .where(eq(tableCompositionMembers.meetingId, meeting.id));
  const leaving = members.find((m) => m.providerId === providerId && m.invited);
  if (!leaving) return null;
  const { input } = await selectionInputFor(tx, table, meeting);
  const invitedIds = new Set(members.filter((m) => m.invited).map((m) => m.providerId));
  // Candidates are the providers of this session's composition, with their class as recorded then.
  const recorded = new Map(members.map((m) => [m.providerId, m]));
  const providers = input.providers
    .filter((p) => recorded.has(p.id))
    .map((p) => ({ ...p, sizeClass: recorded.get(p.id)!.sizeClass, subregionId: recorded.get(p.id)!.subregionId }));
  const proposal = proposeReplacement({ ...input, providers, seed: composition.seed }, providerId, invitedIds);
  await tx
    .update(tableCompositionMembers)
    .set({
      invited: false,
      changeReason: reason,
      changedBy: actor.id,
      changedAt: now,
      replacementProviderId: proposal?.providerId ?? null,
      replacementReason: proposal?.reason ?? null,
    })
    .where(and(eq(tableCompositionMembers.meetingId, meeting.id), eq(tableCompositionMembers.providerId, providerId)));
  await tx
    .delete(meetingInvitees)
    .where(and(eq(meetingInvitees.meetingId, meeting.id), eq(meetingInvitees.providerId, providerId)));
  return { meeting, proposal };
}

/**
 * Excludes a provider from the table until a date; the provider is told why, and open sessions get a replacement
 * proposal.
 */
export async function excludeProvider(
  ctx: Ctx,
  input: ExclusionInput,
  origin: string,
  now = new Date(),
): Promise<{ replacements: number }> {
  if (input.until <= amsterdamDay(now)) throw new DomainRuleError(t("overlegtafel.untilInPast"), "until");
  return ctx.db.transaction(async (tx) => {
    const [table] = await tx.select().from(consultationTables).where(eq(consultationTables.id, input.tableId));
    if (!table) throw new NotFoundError("table");
    await tx.insert(tableExclusions).values({
      tableId: table.id,
      providerId: input.providerId,
      until: input.until,
      reason: input.reason,
      decidedBy: ctx.actor.id,
    });
    const open = await tx
      .select({ id: meetings.id, endsAt: meetings.endsAt })
      .from(meetings)
      .where(eq(meetings.tableId, table.id));
    const why = t("overlegtafel.leftExcluded", { until: formatDate(input.until), reason: input.reason });
    let replacements = 0;
    for (const session of open.filter((m) => m.endsAt > now)) {
      const left = await leaveSession(tx, ctx.actor, session.id, input.providerId, why, now);
      if (left?.proposal) replacements += 1;
    }
    await notifyUsers(tx, await speakersFor(tx, [input.providerId]), {
      subject: t("overlegtafel.excludedSubject", { title: table.title }),
      body: t("overlegtafel.excludedBody", {
        title: table.title,
        until: formatDate(input.until),
        reason: input.reason,
      }),
      link: `${origin}/overlegtafels/${table.id}`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.exclude",
        objectType: "consultation_table",
        objectId: table.id,
        trajectoryId: table.trajectoryId,
        details: { providerId: input.providerId, until: input.until, reason: input.reason, replacements },
      },
    );
    return { replacements };
  });
}

/** Records that an invited provider withdraws from a session, with the reason; a replacement is proposed. */
export async function withdrawFromSession(
  ctx: Ctx,
  input: { meetingId: string; providerId: string; reason: string },
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const left = await leaveSession(
      tx,
      ctx.actor,
      input.meetingId,
      input.providerId,
      t("overlegtafel.leftWithdrew", { reason: input.reason }),
      now,
    );
    if (!left) throw new DomainRuleError(t("overlegtafel.notInvited"));
    if (left.meeting.endsAt <= now) throw new DomainRuleError(t("meeting.alreadyHeld"));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.withdraw",
        objectType: "meeting",
        objectId: input.meetingId,
        trajectoryId: left.meeting.trajectoryId,
        details: { providerId: input.providerId, reason: input.reason, replacement: left.proposal?.providerId ?? null },
      },
    );
  });
}

/** Invites the proposed replacement; once invitations went out, it is told at once. */
export async function acceptReplacement(
  ctx: Ctx,
  input: { meetingId: string; leavingProviderId: string },
  origin: string,
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { meeting } = await lockSession(tx, input.meetingId);
    if (meeting.endsAt <= now) throw new DomainRuleError(t("meeting.alreadyHeld"));
    const [leaving] = await tx
      .select()
      .from(tableCompositionMembers)
      .where(
        and(
          eq(tableCompositionMembers.meetingId, meeting.id),
          eq(tableCompositionMembers.providerId, input.leavingProviderId),
        ),
      );
    if (!leaving?.replacementProviderId || !leaving.replacementReason) throw new NotFoundError("replacement");
    const [updated] = await tx
      .update(tableCompositionMembers)
      .set({ invited: true, changeReason: leaving.replacementReason, changedBy: ctx.actor.id, changedAt: now })
      .where(
        and(
          eq(tableCompositionMembers.meetingId, meeting.id),
          eq(tableCompositionMembers.providerId, leaving.replacementProviderId),
          eq(tableCompositionMembers.invited, false),
        ),
      )
      .returning();
    if (!updated) throw new DomainRuleError(t("overlegtafel.replacementTaken"));
    await tx
      .insert(meetingInvitees)
      .values({ meetingId: meeting.id, providerId: updated.providerId })
      .onConflictDoNothing();
    if (meeting.invitationsSentAt)
      await notifyUsers(tx, await speakersFor(tx, [updated.providerId]), invitationMessage(meeting, origin));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.replace",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: {
          leaving: input.leavingProviderId,
          replacement: updated.providerId,
          reason: leaving.replacementReason,
        },
      },
    );
  });
}

/**
 * Ends an exclusion before its date, with the reason the provider is told. From today the provider
 * is a candidate again for sessions whose composition is still to be proposed; fixed ones stay as they are.
 */
export async function liftExclusion(
  ctx: Ctx,
  input: LiftExclusionInput,
  origin: string,
  now = new Date(),
): Promise<void> {
  if (!can(ctx.actor, "table.administer")) throw new ForbiddenError("table.administer");
  await ctx.db.transaction(async (tx) => {
    const [exclusion] = await tx
      .select()
      .from(tableExclusions)
      .where(and(eq(tableExclusions.id, input.exclusionId), eq(tableExclusions.tableId, input.tableId)))
      .for("update");
    if (!exclusion) throw new NotFoundError("exclusion");
    if (exclusion.liftedAt) throw new DomainRuleError(t("overlegtafel.alreadyLifted"));
    if (exclusion.until <= amsterdamDay(now)) throw new DomainRuleError(t("overlegtafel.exclusionAlreadyEnded"));
    const [table] = await tx.select().from(consultationTables).where(eq(consultationTables.id, exclusion.tableId));
    if (!table) throw new NotFoundError("table");
    await tx
      .update(tableExclusions)
      .set({ liftedAt: now, liftedBy: ctx.actor.id, liftReason: input.reason })
      .where(eq(tableExclusions.id, exclusion.id));
    const notified = await notifyUsers(tx, await speakersFor(tx, [exclusion.providerId]), {
      subject: t("overlegtafel.liftedSubject", { title: table.title }),
      body: t("overlegtafel.liftedBody", {
        title: table.title,
        until: formatDate(exclusion.until),
        reason: input.reason,
      }),
      link: `${origin}/overlegtafels/${table.id}`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.lift_exclusion",
        objectType: "consultation_table",
        objectId: table.id,
        trajectoryId: table.trajectoryId,
        details: {
          exclusionId: exclusion.id,
          providerId: exclusion.providerId,
          until: exclusion.until,
          reason: input.reason,
          notified,
        },
      },
    );
  });
}
