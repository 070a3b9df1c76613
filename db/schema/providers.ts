import { pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { sizeClassEnum } from "./enums";
import { products } from "./products";
import { subregions } from "./region";

export const providers = pgTable("providers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  kvkNumber: text("kvk_number").notNull().unique(),
  city: text("city").notNull(),
  /** Indicative until the consultation-table rules classify it from size indicators. */
  sizeClass: sizeClassEnum("size_class").notNull(),
});

export const providerProducts = pgTable(
  "provider_products",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.productId] })],
);

export const providerSubregions = pgTable(
  "provider_subregions",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    subregionId: uuid("subregion_id")
      .notNull()
      .references(() => subregions.id),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.subregionId] })],
);
