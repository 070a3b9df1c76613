import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { TERM_FORMS } from "@/lib/contract/terms";
import { products } from "./products";
import { providers } from "./providers";
import { subregions } from "./region";
import { trajectories } from "./trajectories";
import { users } from "./users";

export const termFormEnum = pgEnum("contract_term_form", TERM_FORMS);

/** A contract with one provider, awarded in a trajectory; the status follows from its dates. */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id),
    reference: text("reference").notNull().unique(),
    title: text("title").notNull(),
    awardedOn: date("awarded_on").notNull(),
    startsOn: date("starts_on").notNull(),
    termForm: termFormEnum("term_form").notNull().default("2+2"),
    /** Why 2+2+2 was chosen: it is the exception. */
    termFormReason: text("term_form_reason"),
    extensionsUsed: integer("extensions_used").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contracts_provider_idx").on(t.providerId),
    check("contract_dates", sql`${t.startsOn} >= ${t.awardedOn}`),
    check("contract_extensions_used", sql`${t.extensionsUsed} between 0 and 2`),
  ],
);

export const contractProducts = pgTable(
  "contract_products",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.productId] })],
);

export const contractSubregions = pgTable(
  "contract_subregions",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    subregionId: uuid("subregion_id")
      .notNull()
      .references(() => subregions.id),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.subregionId] })],
);

/** An extension is a decision with its evaluation, which includes client-experience research. */
export const contractExtensions = pgTable("contract_extensions", {
  id: uuid("id").primaryKey().defaultRandom(),
  contractId: uuid("contract_id")
    .notNull()
    .references(() => contracts.id, { onDelete: "cascade" }),
  decidedOn: date("decided_on").notNull(),
  evaluation: text("evaluation").notNull(),
  clientExperience: text("client_experience").notNull(),
  decidedBy: uuid("decided_by")
    .notNull()
    .references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Contract = typeof contracts.$inferSelect;
