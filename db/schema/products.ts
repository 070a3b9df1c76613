import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { careDomainEnum } from "./enums";

/** A care product as contracted in the region (e.g. "Begeleiding individueel"). */
export const products = pgTable("products", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  domain: careDomainEnum("domain").notNull(),
});
