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
  const select = "utrecht-select utrecht-select--html-select";
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
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="soort">
            {t("search.kind")}
          </label>
          <select id="soort" name="soort" className={select} defaultValue={typed.kind}>
            <option value="">{t("search.anyKind")}</option>
            {kinds.map((k) => (
              <option key={k} value={KIND_PARAM[k]}>
                {t(`search.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="traject">
            {t("search.trajectoryFilter")}
          </label>
          <select id="traject" name="traject" className={select} defaultValue={typed.trajectory}>
            <option value="">{t("search.anyTrajectory")}</option>
            {trajectories.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.title}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="van">
            {t("search.from")}
          </label>
          <input id="van" name="van" type="date" className="utrecht-textbox" defaultValue={typed.from} />
        </div>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="tot">
            {t("search.to")}
          </label>
          <input id="tot" name="tot" type="date" className="utrecht-textbox" defaultValue={typed.to} />
        </div>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="status">
            {t("search.status")}
          </label>
          <select id="status" name="status" className={select} defaultValue={typed.status}>
            <option value="">{t("search.anyStatus")}</option>
            {SEARCH_STATUSES.map((s) => (
              <option key={s} value={STATUS_PARAM[s]}>
                {t(`search.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {t("search.submit")}
      </button>
    </form>
  );
}
