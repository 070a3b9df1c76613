import type { Option } from "@/lib/audit/options";
import type { AuditFilterParse } from "@/lib/audit/filter";
import { AUDIT_RESULTS, MAX_TEXT, resultParam } from "@/lib/audit/filter";
import { t } from "@/lib/i18n";

type Props = {
  path: string;
  typed: AuditFilterParse["typed"];
  actions: Option[];
  categories: Option[];
  objectTypes: Option[];
  /** The id of the error summary, so a screen reader hears the problems at the fields. */
  errorsId: string | null;
};

const field = "utrecht-form-field";
const select = "utrecht-select utrecht-select--html-select";
const textbox = "utrecht-textbox utrecht-textbox--html-input";

function Choice({ id, label, value, options }: { id: string; label: string; value: string; options: Option[] }) {
  return (
    <div className={field}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={id} className={select} defaultValue={value}>
        <option value="">{t("auditView.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters of the audit view: a plain GET form, so every selection is an address to share, page and export. */
export function AuditFilterForm({ path, typed, actions, categories, objectTypes, errorsId }: Props) {
  const described = errorsId ?? undefined;
  return (
    <form action={path} method="get" className="utrecht-form inkoop-stack" aria-label={t("auditView.filters")}>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t("auditView.filters")}</legend>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="wie">
            {t("auditView.actor")}
          </label>
          <input
            id="wie"
            name="wie"
            className={textbox}
            defaultValue={typed.actor}
            aria-describedby={described}
            maxLength={MAX_TEXT * 10}
          />
        </div>
        <Choice id="soort" label={t("auditView.category")} value={typed.category} options={categories} />
        <Choice id="handeling" label={t("auditView.action")} value={typed.action} options={actions} />
        <Choice id="object" label={t("auditView.objectType")} value={typed.objectType} options={objectTypes} />
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="objectid">
            {t("auditView.objectId")}
          </label>
          <input
            id="objectid"
            name="objectid"
            className={textbox}
            defaultValue={typed.objectId}
            aria-describedby={described}
            maxLength={MAX_TEXT * 10}
          />
        </div>
        <Choice
          id="resultaat"
          label={t("auditView.result")}
          value={typed.result}
          options={AUDIT_RESULTS.map((r) => ({ value: resultParam(r), label: t(`audit.result_${r}`) }))}
        />
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="van">
            {t("auditView.from")}
          </label>
          <input
            id="van"
            name="van"
            type="date"
            className="utrecht-textbox"
            defaultValue={typed.from}
            aria-describedby={described}
          />
        </div>
        <div className={field}>
          <label className="utrecht-form-label" htmlFor="tot">
            {t("auditView.to")}
          </label>
          <input
            id="tot"
            name="tot"
            type="date"
            className="utrecht-textbox"
            defaultValue={typed.to}
            aria-describedby={described}
          />
        </div>
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
