import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { consultationResponses, responseAttachments } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { inIdList } from "@/db/queries/id-list";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { detectDocumentType, safeFileName } from "@/lib/contract/documents";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { loadConsultationFor } from "./reads";
import { findOwnResponse } from "./responses";
import { acceptsResponses } from "./state-machine";

type Ctx = WriteContext & { actor: Actor };

/** Largest attachment, and how many one response may carry. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/** Only what a response needs: PDF, Word and Excel (Office Open XML), proved by content. */
const ALLOWED = new Set(["pdf", "docx", "xlsx"]);

export const attachmentInput = z.strictObject({ consultationId: z.uuid(), file: z.unknown() });
export const removeAttachmentInput = z.strictObject({ consultationId: z.uuid(), attachmentId: z.uuid() });

/** Checks the file by its bytes, never by its name or the browser's claim; the message lands on the file field. */
export async function readAttachment(
  file: unknown,
): Promise<{ bytes: Uint8Array; contentType: string; fileName: string }> {
  if (!(file instanceof File) || file.size === 0) throw new DomainRuleError(t("errors.fileMissing"), "file");
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new DomainRuleError(t("errors.fileTooLarge", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }), "file");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectDocumentType(bytes);
  if (!type || !ALLOWED.has(type.extension)) throw new DomainRuleError(t("attachments.wrongType"), "file");
  return { bytes, contentType: type.contentType, fileName: safeFileName(file.name, type.extension) };
}

/** The actor's own response while the consultation takes responses; attachments follow the response's rules. */
async function ownOpenResponse(ctx: Ctx, consultationId: string, now: Date) {
  const { consultation, resource } = await loadConsultationFor(ctx.db, ctx.actor, consultationId, now);
  if (!can(ctx.actor, "consultation.respond", resource)) throw new ForbiddenError("consultation.respond");
  if (!acceptsResponses(consultation, now))
    throw new DomainRuleError(t("consultation.notAccepting", { closes: formatDateTime(consultation.closesAt) }));
  const own = await findOwnResponse(ctx.db, consultation.id, ctx.actor);
  if (!own) throw new DomainRuleError(t("attachments.saveDraftFirst"), "file");
  return { consultation, response: own };
}

export async function addAttachment(ctx: Ctx, input: { consultationId: string; file: unknown }, now = new Date()) {
  const file = await readAttachment(input.file);
  const { consultation, response } = await ownOpenResponse(ctx, input.consultationId, now);
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: responseAttachments.id })
      .from(responseAttachments)
      .where(eq(responseAttachments.responseId, response.id));
    if (existing.length >= MAX_ATTACHMENTS)
      throw new DomainRuleError(t("attachments.tooMany", { max: MAX_ATTACHMENTS }), "file");
    const [row] = await tx
      .insert(responseAttachments)
      .values({
        responseId: response.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.byteLength,
        content: file.bytes,
        uploadedBy: ctx.actor.id,
      })
      .returning({ id: responseAttachments.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.attach",
        objectType: "consultation_response",
        objectId: response.id,
        trajectoryId: consultation.trajectoryId,
        details: { attachmentId: row?.id, fileName: file.fileName, sizeBytes: file.bytes.byteLength },
      },
    );
    return { id: row!.id, fileName: file.fileName };
  });
}

export async function removeAttachment(
  ctx: Ctx,
  input: { consultationId: string; attachmentId: string },
  now = new Date(),
) {
  const { consultation, response } = await ownOpenResponse(ctx, input.consultationId, now);
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(responseAttachments)
      .where(and(eq(responseAttachments.id, input.attachmentId), eq(responseAttachments.responseId, response.id)))
      .returning({ fileName: responseAttachments.fileName });
    if (!removed[0]) throw new NotFoundError("attachment");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.remove_attachment",
        objectType: "consultation_response",
        objectId: response.id,
        trajectoryId: consultation.trajectoryId,
        details: { attachmentId: input.attachmentId, fileName: removed[0].fileName },
      },
    );
  });
}

/** Names and sizes (no content) of the attachments of the given responses, for lists. */
export async function attachmentsOf(db: Executor, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .select({
      id: responseAttachments.id,
      responseId: responseAttachments.responseId,
      fileName: responseAttachments.fileName,
      sizeBytes: responseAttachments.sizeBytes,
    })
    .from(responseAttachments)
    .where(inIdList(responseAttachments.responseId, responseIds))
    .orderBy(asc(responseAttachments.uploadedAt));
}
export type AttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

/** One attachment for download, only for whoever may read its response; anyone else: not found. */
export async function loadAttachmentFor(db: Executor, actor: Actor | null, attachmentId: string) {
  const [row] = await db
    .select({ attachment: responseAttachments, response: consultationResponses })
    .from(responseAttachments)
    .innerJoin(consultationResponses, eq(consultationResponses.id, responseAttachments.responseId))
    .where(eq(responseAttachments.id, attachmentId));
  if (!row) throw new NotFoundError("attachment");
  const { resource } = await loadConsultationFor(db, actor, row.response.consultationId);
  const target = {
    ...resource,
    providerId: row.response.providerId,
    userId: row.response.providerId ? null : row.response.userId,
    submitted: row.response.status === "submitted",
  };
  if (!can(actor, "response.read", target)) throw new NotFoundError("attachment");
  return row.attachment;
}
