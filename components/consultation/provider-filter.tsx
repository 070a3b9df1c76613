import { z } from "zod";
import { FilterSelect } from "@/components/ui/filter-select";
import { t } from "@/lib/i18n";

const filterSchema = z.object({
  product: z.uuid().optional().catch(undefined),
  subregio: z.uuid().optional().catch(undefined),
  grootte: z.enum(["large", "medium", "small"]).optional().catch(undefined),
});

/** Unknown or malformed filter values are ignored rather than refused: a filter is a view, not a change. */
export function parseProviderFilter(params: Record<string, string | undefined>) {
  const f = filterSchema.parse({
    product: params.product || undefined,
    subregio: params.subregio || undefined,
    grootte: params.grootte || undefined,
  });
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
        <FilterSelect
          id="filter-product"
          name="product"
          label={t("consultation.filterProduct")}
          value={filter.productId}
          options={products.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect
          id="filter-subregio"
          name="subregio"
          label={t("consultation.filterSubregion")}
          value={filter.subregionId}
          options={subregions.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          id="filter-grootte"
          name="grootte"
          label={t("consultation.filterSize")}
          value={filter.sizeClass}
          options={(["large", "medium", "small"] as const).map((s) => ({
            value: s,
            label: t(`consultation.size_${s}`),
          }))}
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("consultation.filterApply")}
      </button>
    </form>
  );
}
