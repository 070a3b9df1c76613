import { eq, inArray } from "drizzle-orm";
import { consultationFeedbackDrafts, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/policy";
import type { DetectOptions } from "@/lib/redaction/finding";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { feedbackDetectionOptions } from "./feedback-context";

export type FeedbackDraftView = {
  document: RichTextDoc;
  dismissedFindings: string[];
  status: "draft" | "in_review" | "approved";
  revision: number;
  reviewRemarks: string | null;
  submittedBy: string | null;
  reviewedBy: string | null;
  /** Names of everyone who wrote, redacted or submitted it (four eyes). */
  touchedBy: string[];
};

/**
 * The working copy of a consultation's feedback for an officer, with what the detector is told and
 * whether this officer may approve it. Officers only: it holds the unredacted text.
 */
export async function loadFeedbackDraftForOfficer(
  db: Executor,
  actor: Actor | null,
  consultation: { id: string; trajectoryId: string },
): Promise<{ draft: FeedbackDraftView | null; options: DetectOptions; mayReview: boolean; touchedByMe: boolean }> {
  if (!can(actor, "consultation.administer")) throw new ForbiddenError("consultation.administer");
  const [row] = await db
    .select()
    .from(consultationFeedbackDrafts)
    .where(eq(consultationFeedbackDrafts.consultationId, consultation.id));
  const options = await feedbackDetectionOptions(db, consultation);
  if (!row) return { draft: null, options, mayReview: false, touchedByMe: false };
  const ids = [...new Set([...row.touchedBy, row.submittedBy, row.reviewedBy].filter((v): v is string => !!v))];
  const names = new Map(
    (ids.length
      ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
      : []
    ).map((u) => [u.id, u.name]),
  );
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "") : null);
  return {
    draft: {
      document: row.document,
      dismissedFindings: row.dismissedFindings,
      status: row.status,
      revision: row.revision,
      reviewRemarks: row.reviewRemarks,
      submittedBy: nameOf(row.submittedBy),
      reviewedBy: nameOf(row.reviewedBy),
      touchedBy: row.touchedBy.map((id) => names.get(id) ?? ""),
    },
    options,
    mayReview:
      row.status === "in_review" &&
      can(actor, "feedback.review", { submittedBy: row.submittedBy, touchedBy: row.touchedBy }),
    touchedByMe: actor !== null && row.touchedBy.includes(actor.id),
  };
}
