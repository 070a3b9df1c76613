import { asc, eq } from "drizzle-orm";
import { councils, municipalities, products, providers, subregions } from "@/db/schema";
import type { Executor } from "@/db/connection";

export const listProviders = (db: Executor) =>
  db.select({ id: providers.id, name: providers.name, sizeClass: providers.sizeClass }).from(providers).orderBy(asc(providers.name));

export const listCouncils = (db: Executor) =>
  db.select({ id: councils.id, name: councils.name, kind: councils.kind }).from(councils).orderBy(asc(councils.name));

export const listProducts = (db: Executor) =>
  db.select({ id: products.id, code: products.code, name: products.name, domain: products.domain }).from(products).orderBy(asc(products.name));

export const listMunicipalities = (db: Executor) =>
  db
    .select({ id: municipalities.id, name: municipalities.name, subregionId: subregions.id, subregion: subregions.name })
    .from(municipalities)
    .innerJoin(subregions, eq(subregions.id, municipalities.subregionId))
    .orderBy(asc(subregions.name), asc(municipalities.name));
