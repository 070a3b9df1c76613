import { index, integer, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { contracts } from "./contracts";
import { escalations } from "./escalations";
import { performanceAgreements } from "./performance";
import { users } from "./users";

export const CONTRACT_DOCUMENT_KINDS = [
  "improvement_plan",
  "realisation_report",
  "agreement_report",
  "talk_report",
  "letter",
] as const;
export const contractDocumentKindEnum = pgEnum("contract_document_kind", CONTRACT_DOCUMENT_KINDS);

/** Documents of a contract (reports, improvement plans, letters): the municipality and that provider only. */
export const contractDocuments = pgTable(
  "contract_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    kind: contractDocumentKindEnum("kind").notNull(),
    title: text("title").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    /** The ladder run a letter, plan or realisation report belongs to. */
    escalationId: uuid("escalation_id").references((): AnyPgColumn => escalations.id, { onDelete: "cascade" }),
    /** The performance agreement a delivered report belongs to. */
    agreementId: uuid("agreement_id").references((): AnyPgColumn => performanceAgreements.id, { onDelete: "cascade" }),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contract_documents_contract_idx").on(t.contractId, t.uploadedAt)],
);
