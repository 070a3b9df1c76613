import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { councilKindEnum } from "./enums";
import { regions } from "./region";

/** Client councils (cliëntenraden) and Wmo councils whose members take part in the dialogue. */
export const councils = pgTable("councils", {
  id: uuid("id").primaryKey().defaultRandom(),
  regionId: uuid("region_id")
    .notNull()
    .references(() => regions.id),
  name: text("name").notNull().unique(),
  kind: councilKindEnum("kind").notNull(),
});
