import { inArray } from "drizzle-orm";
import { providers, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { trajectoryParties } from "@/lib/minutes/recipients";
import { municipalDetectionContext } from "@/lib/public-figures/reads";
import type { DetectOptions } from "@/lib/redaction/finding";
import { consultationParticipants } from "./participants";

/**
 * What the detector is told for a consultation's feedback, as for minutes: the people who took part
 * (invited, responding, speaking for a provider) are not clients, nor are the municipality's officials;
 * provider names make figures near them competition-sensitive; the trajectory's published figures and
 * the municipality's mail domains are never suggested.
 */
export async function feedbackDetectionOptions(
  tx: Executor,
  consultation: { id: string; trajectoryId: string },
): Promise<DetectOptions> {
  const participantIds = await consultationParticipants(tx, consultation.id);
  const people = participantIds.length
    ? await tx.select({ name: users.name }).from(users).where(inArray(users.id, participantIds))
    : [];
  const { providerIds } = await trajectoryParties(tx, consultation.trajectoryId);
  const providerNames = providerIds.length
    ? await tx.select({ name: providers.name }).from(providers).where(inArray(providers.id, providerIds))
    : [];
  return {
    participants: [...new Set(people.map((p) => p.name))],
    providerNames: providerNames.map((p) => p.name),
    ...(await municipalDetectionContext(tx, consultation.trajectoryId)),
  };
}
