import type { Database } from "@/db/connection";
import { listMunicipalities, listProducts } from "@/db/queries/reference";
import { t } from "@/lib/i18n";

/** Choices offered by the trajectory form, labelled for the officer. */
export async function trajectoryFormOptions(db: Database) {
  const [products, municipalities] = await Promise.all([listProducts(db), listMunicipalities(db)]);
  return {
    products: products.map((p) => ({ value: p.id, label: `${p.name} (${t(`domain.${p.domain}`)})` })),
    municipalities: municipalities.map((m) => ({ value: m.id, label: `${m.name} — ${m.subregion}` })),
  };
}
