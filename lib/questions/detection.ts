import { inArray } from "drizzle-orm";
import { providers, qaQuestions, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { DetectOptions } from "@/lib/redaction/finding";
import { municipalDetectionContext } from "@/lib/public-figures/reads";
import { subjectWhere, type QuestionSubject } from "./subject";

/**
 * What the detector is told for the questions and answers of a consultation or a trajectory as a whole:
 * the municipality's published figures, domains and officials are left alone; the askers' names, e-mail
 * addresses and organisations are always suggested, so that nothing in a question can point back to who
 * asked it.
 */
export async function questionDetectionOptions(tx: Executor, subject: QuestionSubject): Promise<DetectOptions> {
  const askers = await tx
    .select({ askedBy: qaQuestions.askedBy, providerId: qaQuestions.providerId })
    .from(qaQuestions)
    .where(subjectWhere(qaQuestions, subject));
  const userIds = [...new Set(askers.map((a) => a.askedBy))];
  const providerIds = [...new Set(askers.flatMap((a) => (a.providerId ? [a.providerId] : [])))];
  const [people, orgs, allProviders] = await Promise.all([
    userIds.length
      ? tx.select({ name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds))
      : [],
    providerIds.length
      ? tx.select({ name: providers.name }).from(providers).where(inArray(providers.id, providerIds))
      : [],
    tx.select({ name: providers.name }).from(providers),
  ]);
  const municipal = await municipalDetectionContext(tx, subject.trajectoryId);
  const terms = [...people.flatMap((p) => [p.name, p.email]), ...orgs.map((o) => o.name)];
  return {
    ...municipal,
    confidentialTerms: [...new Set(terms.filter((s) => s.trim().length > 1))],
    providerNames: allProviders.map((p) => p.name),
  };
}
