import { z } from "zod";
import { t } from "@/lib/i18n";

const filterSchema = z.object({
  product: z.uuid().optional().catch(undefined),
  subregio: z.uuid().optional().catch(undefined),
  grootte: z.enum(["large", "medium", "small"]).optional().catch(undefined),
});

/** Unknown or malformed filter values are ignored rather than refused: a filter is a view, not a change. */
export function parseProviderFilter(params: Record<string, string | undefined>) {
  const f = filterSchema.parse({ product: params.product || undefined, subregio: params.subregio || undefined, grootte: params.grootte || undefined });
  return { productId: f.product, subregionId: f.subregio, sizeClass: f.grootte };
}

type Props = {
  action: string;
  filter: ReturnType<typeof parseProviderFilter>;
  products: { id: string; name: string }[];
  subregions: { id: string; name: string }[];
};

export function ProviderFilter({ action, filter, products, subregions }: Props) {
  return (
    <form method="get" action={action} className="inkoop-card" aria-label={t("consultation.filter")}>
      <div className="inkoop-field-row">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-product">{t("consultation.filterProduct")}</label>
          <select id="filter-product" name="product" className="utrecht-select utrecht-select--html-select" defaultValue={filter.productId ?? ""}>
            <option value="">—</option>
            {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-subregio">{t("consultation.filterSubregion")}</label>
          <select id="filter-subregio" name="subregio" className="utrecht-select utrecht-select--html-select" defaultValue={filter.subregionId ?? ""}>
            <option value="">—</option>
            {subregions.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-grootte">{t("consultation.filterSize")}</label>
          <select id="filter-grootte" name="grootte" className="utrecht-select utrecht-select--html-select" defaultValue={filter.sizeClass ?? ""}>
            <option value="">—</option>
            {(["large", "medium", "small"] as const).map((s) => <option key={s} value={s}>{t(`consultation.size_${s}`)}</option>)}
          </select>
        </div>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">{t("consultation.filterApply")}</button>
    </form>
  );
}
