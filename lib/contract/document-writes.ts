import { contractDocuments, type CONTRACT_DOCUMENT_KINDS } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { MAX_DOCUMENT_BYTES, readUploadedDocument } from "./documents";

type Kind = (typeof CONTRACT_DOCUMENT_KINDS)[number];
export type StoredDocument = { bytes: Uint8Array; contentType: string; fileName: string };

/** Checks an upload before any transaction starts; the Dutch message lands on the file field. */
export async function requireDocument(file: unknown): Promise<StoredDocument> {
  const read = await readUploadedDocument(file);
  if ("problem" in read) {
    const message =
      read.problem === "missing"
        ? t("errors.fileMissing")
        : read.problem === "too_large"
          ? t("errors.fileTooLarge", { max: MAX_DOCUMENT_BYTES / 1024 / 1024 })
          : t("execution.fileNotDocument");
    throw new DomainRuleError(message, "file");
  }
  return read;
}

export async function storeDocument(
  tx: Executor,
  doc: StoredDocument & {
    contractId: string;
    kind: Kind;
    title: string;
    uploadedBy: string;
    escalationId?: string | null;
    agreementId?: string | null;
  },
): Promise<string> {
  const [row] = await tx
    .insert(contractDocuments)
    .values({
      contractId: doc.contractId,
      kind: doc.kind,
      title: doc.title,
      fileName: doc.fileName,
      contentType: doc.contentType,
      sizeBytes: doc.bytes.byteLength,
      content: doc.bytes,
      escalationId: doc.escalationId ?? null,
      agreementId: doc.agreementId ?? null,
      uploadedBy: doc.uploadedBy,
    })
    .returning({ id: contractDocuments.id });
  if (!row) throw new Error("document insert returned nothing");
  return row.id;
}
