import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listProducts, listSubregions } from "@/db/queries/reference";
import { SelectField } from "@/components/ui/fields";
import { requirePermission } from "@/lib/auth/guard";
import { listDashboardYears, loadDashboardFor } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";
import { lastCompletedYear } from "@/lib/kpi/measurement-year";
import { isOverdue, nextDueDate } from "@/lib/performance/due-dates";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { KpiTrendSection, KpiYearSection } from "./kpi-sections";

export const metadata: Metadata = { title: t("dashboard.title") };

const filterSchema = z.object({
  product: z.uuid().optional().catch(undefined),
  deelregio: z.uuid().optional().catch(undefined),
  jaar: z.coerce.number().int().min(2015).max(9999).optional().catch(undefined),
});

export default async function ExecutionDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePermission("/beheer/uitvoering", "execution.dashboard");
  const db = await getDb();
  const query = filterSchema.parse(await searchParams);
  const now = new Date();
  const today = amsterdamDay(now);
  const [years, products, subregions] = await Promise.all([
    listDashboardYears(db, actor),
    listProducts(db),
    listSubregions(db),
  ]);
  const year = query.jaar ?? years[0] ?? lastCompletedYear(now);
  const filter = { productId: query.product, subregionId: query.deelregio, year };
  const { results, history, agreements, ladders } = await loadDashboardFor(db, actor, filter);
  const overdue = agreements
    .map((a) => ({ ...a, due: nextDueDate(a, a.delivered) }))
    .filter((a) => isOverdue(a.due, today));
  const clientStops = ladders.filter((l) => l.escalation.clientStop);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("dashboard.title")}</h1>
      <p className="utrecht-paragraph">{t("dashboard.intro")}</p>
      <form method="get" action="/beheer/uitvoering" className="inkoop-card" aria-label={t("dashboard.filter")}>
        <div className="inkoop-field-row">
          <SelectField
            idPrefix="filter"
            name="product"
            label={t("dashboard.product")}
            defaultValue={query.product ?? ""}
            options={[
              { value: "", label: t("dashboard.allProducts") },
              ...products.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <SelectField
            idPrefix="filter"
            name="deelregio"
            label={t("dashboard.subregion")}
            defaultValue={query.deelregio ?? ""}
            options={[
              { value: "", label: t("dashboard.allSubregions") },
              ...subregions.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
          <SelectField
            idPrefix="filter"
            name="jaar"
            label={t("dashboard.year")}
            defaultValue={String(year)}
            options={(years.length ? years : [year]).map((y) => ({ value: String(y), label: String(y) }))}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("dashboard.apply")}
        </button>
      </form>

      <KpiYearSection results={results} year={year} />
      <KpiTrendSection history={history} />
      {/* Further KPI signals (such as the timeliness of start-of-care messages) come here, each as a section of
          its own that takes the same filter. */}

      <section aria-labelledby="te-laat">
        <h2 id="te-laat" className="utrecht-heading-2">
          {t("dashboard.overdue", { count: overdue.length })}
        </h2>
        {overdue.length ? (
          <ul className="utrecht-unordered-list" data-testid="overdue-list">
            {overdue.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/beheer/contracten/${a.contractId}`}>
                  {a.providerName} ({a.reference})
                </Link>
                : {a.title} — {t("dashboard.dueSince", { date: formatDate(a.due!) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("dashboard.noOverdue")}</p>
        )}
      </section>

      <section aria-labelledby="ladder">
        <h2 id="ladder" className="utrecht-heading-2">
          {t("dashboard.ladders", { count: ladders.length })}
        </h2>
        {ladders.length ? (
          <ul className="utrecht-unordered-list" data-testid="ladder-list">
            {ladders.map((l) => (
              <li key={l.escalation.id} className="utrecht-unordered-list__item">
                <Link
                  className="utrecht-link"
                  href={`/beheer/contracten/${l.escalation.contractId}/escalatie/${l.escalation.id}`}
                >
                  {l.providerName} ({l.reference})
                </Link>
                : {t(`ladder.step_${l.escalation.step}`)}
                {l.escalation.step === "step2" && l.escalation.planStatus === "awaited" && l.escalation.planDueOn
                  ? ` — ${t("dashboard.planDue", { date: formatDate(l.escalation.planDueOn) })}`
                  : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("dashboard.noLadders")}</p>
        )}
      </section>

      <section aria-labelledby="clientenstop">
        <h2 id="clientenstop" className="utrecht-heading-2">
          {t("dashboard.clientStops", { count: clientStops.length })}
        </h2>
        {clientStops.length ? (
          <ul className="utrecht-unordered-list" data-testid="client-stops">
            {clientStops.map((l) => (
              <li key={l.escalation.id} className="utrecht-unordered-list__item">
                {l.providerName} ({l.reference}){l.escalation.thirdParty ? ` — ${t("ladder.thirdPartyOn")}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("dashboard.noClientStops")}</p>
        )}
      </section>
    </div>
  );
}
