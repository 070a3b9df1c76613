import { boolean, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { consultations } from "./consultations";
import { phaseEnum } from "./enums";
import { trajectories } from "./trajectories";
import { users } from "./users";

export const trajectoryDocuments = pgTable(
  "trajectory_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    phase: phaseEnum("phase").notNull(),
    title: text("title").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    /** The PDF's text layer, read at upload, for the portal search; null when the file has none we can read. */
    extractedText: text("extracted_text"),
    isPublic: boolean("is_public").notNull().default(false),
    /** Set for a consultation's attachment: then whoever may see the consultation may read it. */
    consultationId: uuid("consultation_id").references((): AnyPgColumn => consultations.id, { onDelete: "cascade" }),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("trajectory_documents_trajectory_idx").on(t.trajectoryId, t.phase)],
);
