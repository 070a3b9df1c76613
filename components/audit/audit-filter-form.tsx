import type { Option } from "@/lib/audit/options";
import type { AuditFilterParse } from "@/lib/audit/filter";
import { AUDIT_RESULTS, MAX_TEXT, resultParam } from "@/lib/audit/filter";
import { t } from "@/lib/i18n";
import { FilterInput, FilterSelect } from "@/components/ui/filter-select";

type Props = {
  path: string;
  typed: AuditFilterParse["typed"];
  actions: readonly Option[];
  categories: readonly Option[];
  objectTypes: readonly Option[];
  /** The id of the error summary, so a screen reader hears the problems at the fields. */
  errorsId: string | null;
};

/** The filters of the audit view: a plain GET form, so every selection is an address to share, page and export. */
export function AuditFilterForm({ path, typed, actions, categories, objectTypes, errorsId }: Props) {
  const described = errorsId ?? undefined;
  return (
    <form action={path} method="get" className="utrecht-form inkoop-stack" aria-label={t("auditView.filters")}>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t("auditView.filters")}</legend>
        <FilterInput
          id="wie"
          label={t("auditView.actor")}
          value={typed.actor}
          describedBy={described}
          maxLength={MAX_TEXT * 10}
        />
        <FilterSelect
          id="soort"
          label={t("auditView.category")}
          value={typed.category}
          options={categories}
          emptyLabel={t("auditView.any")}
        />
        <FilterSelect
          id="handeling"
          label={t("auditView.action")}
          value={typed.action}
          options={actions}
          emptyLabel={t("auditView.any")}
        />
        <FilterSelect
          id="object"
          label={t("auditView.objectType")}
          value={typed.objectType}
          options={objectTypes}
          emptyLabel={t("auditView.any")}
        />
        <FilterInput
          id="objectid"
          label={t("auditView.objectId")}
          value={typed.objectId}
          describedBy={described}
          maxLength={MAX_TEXT * 10}
        />
        <FilterSelect
          id="resultaat"
          label={t("auditView.result")}
          value={typed.result}
          options={AUDIT_RESULTS.map((r) => ({ value: resultParam(r), label: t(`audit.result_${r}`) }))}
          emptyLabel={t("auditView.any")}
        />
        <FilterInput id="van" type="date" label={t("auditView.from")} value={typed.from} describedBy={described} />
        <FilterInput id="tot" type="date" label={t("auditView.to")} value={typed.to} describedBy={described} />
      </fieldset>
      <p className="utrecht-paragraph">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("auditView.apply")}
        </button>{" "}
        <a className="utrecht-link" href={path}>
          {t("auditView.reset")}
        </a>
      </p>
    </form>
  );
}
