import { and, eq } from "drizzle-orm";
import { contractMeetings, contractReports, contracts, meetingInvitees, meetings, providers } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { gatePlainTexts } from "@/lib/meeting/text-gate";
import { municipalDetectionContext } from "@/lib/public-figures/reads";
import { can } from "@/lib/policy";
import type { ContractMeetingInput, ContractReportInput } from "./meeting-validation";
import { reportGrid } from "@/db/queries/contract-meetings";

type Ctx = WriteContext & { actor: Actor };

type MeetingRefusal = { message: string; kinds: string[]; trajectoryId: string };

/**
 * Plans the yearly contract-management meeting as a one-to-one meeting with the provider. Its minutes
 * then run through the normal minutes flow; by default they go to this provider only. Title, agenda
 * and place reach the provider (and, with a trajectory audience, everyone involved): they pass the
 * publication gate for plain texts, refused while a finding is undecided.
 */
export async function createContractMeeting(ctx: Ctx, input: ContractMeetingInput): Promise<{ id: string }> {
  const audience = input.providerOnly === "on" ? "invitees" : "trajectory";
  const outcome = await ctx.db.transaction(async (tx): Promise<{ id: string } | MeetingRefusal> => {
    const [row] = await tx
      .select({ contract: contracts, providerName: providers.name })
      .from(contracts)
      .innerJoin(providers, eq(providers.id, contracts.providerId))
      .where(eq(contracts.id, input.contractId));
    if (!row) throw new NotFoundError("contract");
    const [existing] = await tx
      .select({ id: contractMeetings.meetingId })
      .from(contractMeetings)
      .where(and(eq(contractMeetings.contractId, row.contract.id), eq(contractMeetings.year, input.year)));
    if (existing) throw new DomainRuleError(t("cmMeeting.yearTaken", { year: input.year }), "year");
    const title = t("cmMeeting.title", {
      year: input.year,
      provider: row.providerName,
      reference: row.contract.reference,
    });
    const context = await municipalDetectionContext(tx, row.contract.trajectoryId);
    const gate = gatePlainTexts(
      { title, agenda: input.agenda, location: input.location },
      { ...context, providerNames: [row.providerName] },
      input.findingsDecision ?? null,
    );
    if (!gate.ok)
      return {
        message: gate.message,
        kinds: gate.findings.map((f) => f.kind),
        trajectoryId: row.contract.trajectoryId,
      };
    const [meeting] = await tx
      .insert(meetings)
      .values({
        trajectoryId: row.contract.trajectoryId,
        kind: "one_to_one",
        title: gate.texts.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: gate.texts.location,
        agenda: gate.texts.agenda,
        createdBy: ctx.actor.id,
        minutesAudience: audience,
      })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error("meeting insert returned nothing");
    await tx.insert(meetingInvitees).values({ meetingId: meeting.id, providerId: row.contract.providerId });
    await tx.insert(contractMeetings).values({ meetingId: meeting.id, contractId: row.contract.id, year: input.year });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.create",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: row.contract.trajectoryId,
        details: {
          kind: "contract_management",
          contractId: row.contract.id,
          year: input.year,
          minutesAudience: audience,
          redactedFindings: gate.redacted,
          keptFindings: gate.kept,
        },
      },
    );
    return meeting;
  });
  if ("id" in outcome) return outcome;
  // Audited after the transaction, which changed nothing; the kinds only, never the text.
  await recordAudit(ctx, {
    action: "meeting.create",
    objectType: "contract",
    objectId: input.contractId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: "sensitive_text", kinds: outcome.kinds },
  });
  throw new DomainRuleError(outcome.message, "findingsDecision");
}

/** The provider submits its report before the meeting starts; a resubmission before then replaces it. */
export async function submitContractReport(ctx: Ctx, input: ContractReportInput, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ meeting: meetings, contract: contracts })
      .from(contractMeetings)
      .innerJoin(meetings, eq(meetings.id, contractMeetings.meetingId))
      .innerJoin(contracts, eq(contracts.id, contractMeetings.contractId))
      .where(eq(contractMeetings.meetingId, input.meetingId));
    if (!row || !can(ctx.actor, "contract_report.submit", { providerId: row.contract.providerId }))
      throw new NotFoundError("meeting");
    if (row.meeting.startsAt <= now) throw new DomainRuleError(t("cmMeeting.reportTooLate"));
    const grid = await reportGrid(tx, row.contract.id);
    const productNames = new Map(grid.products.map((p) => [p.id, p.name]));
    const municipalityNames = new Map(grid.municipalities.map((m) => [m.id, m.name]));
    const clientCounts = input.clientCounts.flatMap(({ key, clients }) => {
      const [productId, municipalityId] = key.split(".") as [string, string];
      const product = productNames.get(productId);
      const municipality = municipalityNames.get(municipalityId);
      return product && municipality ? [{ product, municipality, clients }] : [];
    });
    if (clientCounts.length !== grid.products.length * grid.municipalities.length)
      throw new DomainRuleError(t("cmMeeting.clientCountsIncomplete"));
    const values = {
      clientCounts,
      complaintsCount: input.complaintsCount,
      complaintsNature: input.complaintsNature,
      complaintsHandling: input.complaintsHandling,
      calamities: input.calamities,
      certificateValidUntil: input.certificateValidUntil,
      submittedBy: ctx.actor.id,
      submittedAt: now,
    };
    await tx
      .insert(contractReports)
      .values({ meetingId: row.meeting.id, ...values })
      .onConflictDoUpdate({ target: contractReports.meetingId, set: values });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "contract_report.submit",
        objectType: "meeting",
        objectId: row.meeting.id,
        trajectoryId: row.contract.trajectoryId,
        details: { contractId: row.contract.id, complaints: input.complaintsCount },
      },
    );
  });
}
