import { and, eq, inArray } from "drizzle-orm";
import {
  consultationInvitations,
  consultationQuestions,
  consultationResponses,
  consultations,
  providers,
  trajectories,
  users,
} from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { notifyFollowers } from "@/lib/trajectory/follow";
import { canTransition, effectiveState } from "./state-machine";
import type { ConsultationInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

export async function createConsultation(ctx: Ctx, input: ConsultationInput): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!trajectory) throw new NotFoundError("trajectory");
    const { questions, ...fields } = input;
    const [row] = await tx
      .insert(consultations)
      .values({ ...fields, createdBy: ctx.actor.id })
      .returning({ id: consultations.id });
    if (!row) throw new Error("consultation insert returned nothing");
    await tx
      .insert(consultationQuestions)
      .values(
        questions.map((q, position) => ({ ...q, helpText: q.helpText || null, position, consultationId: row.id })),
      );
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.create",
        objectType: "consultation",
        objectId: row.id,
        trajectoryId: input.trajectoryId,
        details: { title: input.title },
      },
    );
    return row;
  });
}

/** Publishing makes the consultation visible to its audience; invited parties are told at once. */
export async function publishConsultation(ctx: Ctx, consultationId: string, origin: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
    if (!c) throw new NotFoundError("consultation");
    if (!canTransition(c.state, "published")) throw new DomainRuleError(t("consultation.alreadyPublished"));
    await tx
      .update(consultations)
      .set({ state: "published", publishedAt: new Date(), updatedAt: new Date() })
      .where(eq(consultations.id, consultationId));
    const invited = await tx
      .select()
      .from(consultationInvitations)
      .where(eq(consultationInvitations.consultationId, consultationId));
    const recipients = [
      ...(await speakersFor(
        tx,
        invited.flatMap((i) => (i.providerId ? [i.providerId] : [])),
      )),
      ...invited.flatMap((i) => (i.userId ? [i.userId] : [])),
    ];
    const sent = await notifyUsers(tx, recipients, invitationMessage(c, origin));
    // An open consultation is news for whoever follows its trajectory; an invitation-only one is not theirs.
    if (c.openness === "open") {
      await notifyFollowers(
        tx,
        c.trajectoryId,
        {
          subject: t("follow.consultationSubject", { title: c.title }),
          body: t("follow.consultationBody", { title: c.title, closes: formatDateTime(c.closesAt) }),
          link: `${origin}/consultaties/${c.id}`,
        },
        recipients,
      );
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.publish",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: { notified: sent },
      },
    );
  });
}

export function invitationMessage(c: { id: string; title: string; opensAt: Date; closesAt: Date }, origin: string) {
  return {
    subject: t("consultation.inviteSubject", { title: c.title }),
    body: t("consultation.inviteBody", {
      title: c.title,
      opens: formatDateTime(c.opensAt),
      closes: formatDateTime(c.closesAt),
    }),
    link: `${origin}/consultaties/${c.id}`,
  };
}

/** Invites provider organisations and people; once published, the new invitees are told at once. */
export async function inviteParticipants(
  ctx: Ctx,
  input: { consultationId: string; providerIds: string[]; userIds: string[] },
  origin: string,
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, input.consultationId));
    if (!c) throw new NotFoundError("consultation");
    if (c.state === "closed" || c.state === "feedback_published")
      throw new DomainRuleError(t("consultation.closedForInvitations"));
    const knownProviders = input.providerIds.length
      ? await tx.select({ id: providers.id }).from(providers).where(inArray(providers.id, input.providerIds))
      : [];
    const knownUsers = input.userIds.length
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, input.userIds), eq(users.disabled, false)))
      : [];
    const newProviders = knownProviders.length
      ? await tx
          .insert(consultationInvitations)
          .values(knownProviders.map((p) => ({ consultationId: c.id, providerId: p.id })))
          .onConflictDoNothing()
          .returning({ providerId: consultationInvitations.providerId })
      : [];
    const newUsers = knownUsers.length
      ? await tx
          .insert(consultationInvitations)
          .values(knownUsers.map((u) => ({ consultationId: c.id, userId: u.id })))
          .onConflictDoNothing()
          .returning({ userId: consultationInvitations.userId })
      : [];
    if (c.state !== "draft") {
      const recipients = [
        ...(await speakersFor(
          tx,
          newProviders.flatMap((r) => (r.providerId ? [r.providerId] : [])),
        )),
        ...newUsers.flatMap((r) => (r.userId ? [r.userId] : [])),
      ];
      await notifyUsers(tx, recipients, invitationMessage(c, origin));
    }
    const count = newProviders.length + newUsers.length;
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.invite",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: { providers: newProviders.length, people: newUsers.length },
      },
    );
    return count;
  });
}

/** Reminds every invitee that has not submitted yet; returns how many people were told. */
export async function remindNonResponders(
  ctx: Ctx,
  consultationId: string,
  origin: string,
  now = new Date(),
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
    if (!c) throw new NotFoundError("consultation");
    if (effectiveState(c, now) !== "open") throw new DomainRuleError(t("consultation.remindOnlyOpen"));
    const invited = await tx
      .select()
      .from(consultationInvitations)
      .where(eq(consultationInvitations.consultationId, c.id));
    const submitted = await tx
      .select({ providerId: consultationResponses.providerId, userId: consultationResponses.userId })
      .from(consultationResponses)
      .where(and(eq(consultationResponses.consultationId, c.id), eq(consultationResponses.status, "submitted")));
    const open = invited.filter(
      (i) =>
        !submitted.some((s) => (i.providerId && s.providerId === i.providerId) || (i.userId && s.userId === i.userId)),
    );
    if (open.length === 0) return 0;
    const recipients = [
      ...(await speakersFor(
        tx,
        open.flatMap((i) => (i.providerId ? [i.providerId] : [])),
      )),
      ...open.flatMap((i) => (i.userId ? [i.userId] : [])),
    ];
    const sent = await notifyUsers(tx, recipients, {
      subject: t("consultation.reminderSubject", { title: c.title }),
      body: t("consultation.reminderBody", { title: c.title, closes: formatDateTime(c.closesAt) }),
      link: `${origin}/consultaties/${c.id}`,
    });
    await tx
      .update(consultationInvitations)
      .set({ remindedAt: now })
      .where(
        inArray(
          consultationInvitations.id,
          open.map((i) => i.id),
        ),
      );
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.remind",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: { invitations: open.length, notified: sent },
      },
    );
    return sent;
  });
}
