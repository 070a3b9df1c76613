import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { siteUrl } from "@/lib/http/site-url";
import { formatDate, t } from "@/lib/i18n";
import { ACCESSIBILITY_UPDATED_ON } from "@/lib/legal/dates";
import { loadOrganisation } from "@/lib/legal/organisation";

export const metadata: Metadata = { title: t("accessibility.title") };

const ISSUES = ["Documents"] as const;

/** The accessibility statement, in the order of the Dutch model statement: status, research, issues, contact, date. */
export default async function AccessibilityPage() {
  const org = await loadOrganisation(await getDb());
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("accessibility.title")}</h1>
      <p className="utrecht-paragraph">{t("accessibility.intro", { name: org.name, site: siteUrl() })}</p>
      <section aria-labelledby="status" className="inkoop-stack">
        <h2 id="status" className="utrecht-heading-2">
          {t("accessibility.statusTitle")}
        </h2>
        <p className="utrecht-paragraph">
          <strong>{t("accessibility.statusLabel")}</strong>
        </p>
        <p className="utrecht-paragraph">{t("accessibility.status")}</p>
      </section>
      <section aria-labelledby="onderzoek" className="inkoop-stack">
        <h2 id="onderzoek" className="utrecht-heading-2">
          {t("accessibility.researchTitle")}
        </h2>
        <p className="utrecht-paragraph">{t("accessibility.research")}</p>
      </section>
      <section aria-labelledby="problemen" className="inkoop-stack">
        <h2 id="problemen" className="utrecht-heading-2">
          {t("accessibility.issuesTitle")}
        </h2>
        <ul className="utrecht-unordered-list">
          {ISSUES.map((k) => (
            <li key={k} className="utrecht-unordered-list__item">
              <strong>{t("accessibility.issueCriterion", { criterion: t(`accessibility.issue${k}Criterion`) })}</strong>
              : {t(`accessibility.issue${k}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contact" className="inkoop-stack">
        <h2 id="contact" className="utrecht-heading-2">
          {t("accessibility.contactTitle")}
        </h2>
        <p className="utrecht-paragraph">{t("accessibility.contact", { email: org.email })}</p>
        <p className="utrecht-paragraph">{t("accessibility.complaint")}</p>
      </section>
      <section aria-labelledby="datum" className="inkoop-stack">
        <h2 id="datum" className="utrecht-heading-2">
          {t("accessibility.dateTitle")}
        </h2>
        <p className="utrecht-paragraph">{t("accessibility.date", { date: formatDate(ACCESSIBILITY_UPDATED_ON) })}</p>
      </section>
    </div>
  );
}
