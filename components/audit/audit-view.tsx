import Link from "next/link";
import type { AuditCursor, AuditFilter, AuditFilterParse } from "@/lib/audit/filter";
import { filterSearch } from "@/lib/audit/filter";
import type { Option } from "@/lib/audit/options";
import type { AuditEntry } from "@/lib/audit/types";
import { t } from "@/lib/i18n";
import { AuditFilterForm } from "./audit-filter-form";
import { AuditTable } from "./audit-table";

export type AuditViewPage = { entries: AuditEntry[]; older: AuditCursor | null; newer: AuditCursor | null };

type Props = {
  /** The page's own address, without query; the filters and cursors are added to it. */
  path: string;
  exportPath: string;
  typed: AuditFilterParse["typed"];
  filter: AuditFilter | null;
  errors: string[];
  page: AuditViewPage | null;
  options: { actions: readonly Option[]; categories: readonly Option[]; objectTypes: readonly Option[] };
};

/** The audit trail as an instrument: filters, one page newest first, links to newer and older pages, export. */
export function AuditView({ path, exportPath, typed, filter, errors, page, options }: Props) {
  const errorsId = errors.length ? "auditfouten" : null;
  return (
    <div className="inkoop-stack">
      {errors.length ? (
        <div id="auditfouten" className="utrecht-alert utrecht-alert--error" role="status">
          <h2 className="utrecht-heading-3">{t("auditView.errorsTitle")}</h2>
          <ul className="utrecht-unordered-list">
            {errors.map((e) => (
              <li key={e} className="utrecht-unordered-list__item">
                {e}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AuditFilterForm path={path} typed={typed} errorsId={errorsId} {...options} />
      {page && filter ? (
        <>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`${exportPath}${filterSearch(filter)}`} download>
              {t("auditView.export")}
            </a>
            <br />
            <span className="utrecht-form-field-description">{t("auditView.exportHint")}</span>
          </p>
          <p className="utrecht-paragraph" role="status">
            {t("auditView.showing", { count: page.entries.length })}
          </p>
          <AuditTable entries={page.entries} />
          <nav aria-label={t("auditView.pagination")}>
            <ul className="utrecht-unordered-list">
              {page.newer ? (
                <li className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" href={`${path}${filterSearch(filter)}`}>
                    {t("auditView.first")}
                  </Link>
                </li>
              ) : null}
              {page.newer ? (
                <li className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" rel="prev" href={`${path}${filterSearch(filter, page.newer)}`}>
                    {t("auditView.newer")}
                  </Link>
                </li>
              ) : null}
              {page.older ? (
                <li className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" rel="next" href={`${path}${filterSearch(filter, page.older)}`}>
                    {t("auditView.older")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        </>
      ) : null}
    </div>
  );
}
