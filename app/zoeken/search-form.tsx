import { FilterInput, FilterSelect } from "@/components/ui/filter-select";
import { t } from "@/lib/i18n";
import { KIND_PARAM, SEARCH_STATUSES, STATUS_PARAM, type SearchKind } from "@/lib/search/kinds";
import { MAX_QUERY_LENGTH, type SearchParse } from "@/lib/search/query";

type Props = {
  typed: SearchParse["typed"];
  kinds: readonly SearchKind[];
  trajectories: { id: string; title: string }[];
  /** Describes the fields that have a problem, so a screen reader hears it at the field. */
  invalid: boolean;
};

/** The search form; a plain GET form, so every search is an address that can be shared and paged. */
export function SearchForm({ typed, kinds, trajectories, invalid }: Props) {
  const field = "utrecht-form-field";
  return (
    <form action="/zoeken" method="get" role="search" className="utrecht-form inkoop-stack">
      <div className={field}>
        <label className="utrecht-form-label" htmlFor="zoekterm">
          {t("search.label")}
        </label>
        <p id="zoekterm-hint" className="utrecht-form-field-description">
          {t("search.hint")}
        </p>
        <input
          id="zoekterm"
          name="q"
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          defaultValue={typed.q}
          aria-describedby={invalid ? "zoekfouten zoekterm-hint" : "zoekterm-hint"}
          aria-invalid={invalid || undefined}
          // The form never cuts what was typed: a longer question is refused with a message instead.
          maxLength={MAX_QUERY_LENGTH * 20}
        />
      </div>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t("search.filters")}</legend>
        <FilterSelect
          id="soort"
          label={t("search.kind")}
          value={typed.kind}
          options={kinds.map((k) => ({ value: KIND_PARAM[k], label: t(`search.kinds.${k}`) }))}
          emptyLabel={t("search.anyKind")}
        />
        <FilterSelect
          id="traject"
          label={t("search.trajectoryFilter")}
          value={typed.trajectory}
          options={trajectories.map((tr) => ({ value: tr.id, label: tr.title }))}
          emptyLabel={t("search.anyTrajectory")}
        />
        <FilterInput id="van" type="date" label={t("search.from")} value={typed.from} />
        <FilterInput id="tot" type="date" label={t("search.to")} value={typed.to} />
        <FilterSelect
          id="status"
          label={t("search.status")}
          value={typed.status}
          options={SEARCH_STATUSES.map((s) => ({ value: STATUS_PARAM[s], label: t(`search.statuses.${s}`) }))}
          emptyLabel={t("search.anyStatus")}
        />
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {t("search.submit")}
      </button>
    </form>
  );
}
