import { users } from "@/db/schema";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { reviewFeedback, saveFeedbackDraft, submitFeedback } from "@/lib/consultation/feedback-review";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Ctx = Parameters<typeof saveFeedbackDraft>[0];
const ORIGIN = "https://portaal.example";

/** Another officer of the municipality, to approve what the first one wrote. */
export async function anotherOfficer(db: Database, label: string): Promise<Actor> {
  const [row] = await db
    .insert(users)
    .values({ email: `${label}@gemeente.example`, name: `Collega ${label}`, role: "officer" })
    .returning();
  return {
    id: row!.id,
    name: row!.name,
    email: row!.email,
    role: "officer",
    providerId: null,
    membershipStatus: null,
    councilId: null,
  };
}

/** The four-eyes route: the author saves and submits, a colleague who did not touch it approves. */
export async function approveFeedback(
  author: Ctx,
  reviewer: Ctx,
  consultationId: string,
  feedback: RichTextDoc,
  dismissedFindings: string[] = [],
): Promise<void> {
  await saveFeedbackDraft(author, { consultationId, revision: 0, feedback, dismissedFindings });
  await submitFeedback(author, consultationId, ORIGIN);
  await reviewFeedback(reviewer, { consultationId, decision: "approve", remarks: "" }, ORIGIN);
}
