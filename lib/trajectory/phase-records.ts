import { and, eq } from "drizzle-orm";
import { consultations, trajectories, trajectoryDocuments, trajectoryPhases } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { readDocumentText } from "@/lib/search/document-text";
import type { Phase } from "./constants";
import { isPdf } from "./pdf";

type Ctx = WriteContext & { actor: Actor };

async function assertTrajectoryExists(ctx: Ctx, trajectoryId: string) {
  const [row] = await ctx.db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(eq(trajectories.id, trajectoryId));
  if (!row) throw new NotFoundError("trajectory");
}

/** Goals, decisions and notes of one phase, as rich text. */
export async function savePhaseNotes(
  ctx: Ctx,
  input: { trajectoryId: string; phase: Phase; notes: RichTextDoc },
): Promise<void> {
  await assertTrajectoryExists(ctx, input.trajectoryId);
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(trajectoryPhases)
      .values({
        trajectoryId: input.trajectoryId,
        phase: input.phase,
        notes: input.notes,
        notesUpdatedAt: now,
        notesUpdatedBy: ctx.actor.id,
      })
      .onConflictDoUpdate({
        target: [trajectoryPhases.trajectoryId, trajectoryPhases.phase],
        set: { notes: input.notes, notesUpdatedAt: now, notesUpdatedBy: ctx.actor.id },
      });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "trajectory.update_notes",
        objectType: "trajectory_phase",
        objectId: `${input.trajectoryId}:${input.phase}`,
        trajectoryId: input.trajectoryId,
        details: { phase: input.phase },
      },
    );
  });
}

export async function uploadPhaseDocument(
  ctx: Ctx,
  input: { trajectoryId: string; phase: Phase; title: string; isPublic: boolean; file: File; consultationId?: string },
): Promise<{ id: string }> {
  await assertTrajectoryExists(ctx, input.trajectoryId);
  if (input.consultationId) {
    const [c] = await ctx.db
      .select({ id: consultations.id })
      .from(consultations)
      .where(and(eq(consultations.id, input.consultationId), eq(consultations.trajectoryId, input.trajectoryId)));
    if (!c) throw new NotFoundError("consultation");
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  // The browser's claimed type is not trusted: the content itself must be a PDF.
  if (!isPdf(bytes)) throw new DomainRuleError(t("errors.fileNotPdf"), "file");
  const fileName = input.file.name.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 200) || "document.pdf";
  // Read before the transaction: parsing a large PDF must not hold a connection.
  const extractedText = await readDocumentText(bytes);
  return ctx.db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(trajectoryDocuments)
      .values({
        trajectoryId: input.trajectoryId,
        phase: input.phase,
        title: input.title,
        fileName,
        contentType: "application/pdf",
        sizeBytes: bytes.byteLength,
        content: bytes,
        extractedText,
        isPublic: input.consultationId ? false : input.isPublic,
        consultationId: input.consultationId ?? null,
        uploadedBy: ctx.actor.id,
      })
      .returning({ id: trajectoryDocuments.id });
    if (!doc) throw new Error("document insert returned nothing");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "document.upload",
        objectType: "document",
        objectId: doc.id,
        trajectoryId: input.trajectoryId,
        details: {
          phase: input.phase,
          fileName,
          sizeBytes: bytes.byteLength,
          isPublic: input.isPublic,
          consultationId: input.consultationId ?? null,
        },
      },
    );
    return doc;
  });
}
