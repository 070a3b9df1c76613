import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { consultationResponses } from "./consultations";
import { users } from "./users";

/** A file a respondent adds to a response (PDF, DOCX, XLSX), stored like the portal's other documents. */
export const responseAttachments = pgTable(
  "response_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    responseId: uuid("response_id")
      .notNull()
      .references(() => consultationResponses.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("response_attachments_response_idx").on(t.responseId, t.uploadedAt)],
);
