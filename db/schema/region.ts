import { pgTable, text, uuid } from "drizzle-orm/pg-core";

export const regions = pgTable("regions", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
});

export const subregions = pgTable("subregions", {
  id: uuid("id").primaryKey().defaultRandom(),
  regionId: uuid("region_id")
    .notNull()
    .references(() => regions.id),
  name: text("name").notNull().unique(),
});

export const municipalities = pgTable("municipalities", {
  id: uuid("id").primaryKey().defaultRandom(),
  subregionId: uuid("subregion_id")
    .notNull()
    .references(() => subregions.id),
  name: text("name").notNull().unique(),
});
