import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { thresholdsFor } from "@/db/queries/size-indicators";
import { ClassRule } from "@/components/overlegtafel/class-rule";
import { TableFacts } from "@/components/overlegtafel/table-facts";
import { FieldsForm } from "@/components/overlegtafel/fields-form";
import { SessionForm } from "@/components/overlegtafel/session-form";
import { SessionTable } from "@/components/overlegtafel/session-table";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDate, t } from "@/lib/i18n";
import { loadTableForStaff, loadTableOverviewForStaff } from "@/lib/overlegtafel/reads";
import { can } from "@/lib/policy";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { addDays } from "@/lib/time/calendar-day";
import { createSessionAction, excludeAction, liftExclusionAction } from "../actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Overlegtafel" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function TableWorkspacePage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/overlegtafels/${rawId}`, "table.list_all");
  const db = await getDb();
  const table = await orNotFound(loadTableForStaff(db, actor, idParam(rawId)));
  const now = new Date();
  const year = now.getFullYear();
  const [{ relevant, sessions, exclusions, flagged, missing }, thresholds] = await Promise.all([
    loadTableOverviewForStaff(db, actor, table, now),
    thresholdsFor(db, table.regionId),
  ]);
  const mayAdminister = can(actor, "table.administer");
  const query = await searchParams;
  const today = amsterdamDay(now);
  const defaultUntil = addDays(today, 365);
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/overlegtafels">
          {t("overlegtafel.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{table.title}</h1>
      {query.aangemaakt === "1" || query.uitgesloten || query.opgeheven === "1" ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {query.uitgesloten
              ? t("overlegtafel.excluded", { count: Number(query.uitgesloten) || 0 })
              : query.opgeheven === "1"
                ? t("overlegtafel.lifted")
                : t("overlegtafel.created")}
          </p>
        </div>
      ) : null}
      <TableFacts table={table} trajectoryHref={`/beheer/trajecten/${table.trajectoryId}`} />
      {missing.length ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">
            {t("overlegtafel.noSessionWarning", { products: missing.map((p) => p.name).join(", "), year })}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="sessies">
        <h2 id="sessies" className="utrecht-heading-2">
          {t("overlegtafel.sessionsTitle")}
        </h2>
        <SessionTable sessions={sessions} hrefFor={(id) => `/beheer/overlegtafels/${table.id}/sessies/${id}`} />
        {mayAdminister ? (
          <details className="inkoop-card" open={sessions.length === 0}>
            <summary>{t("overlegtafel.newSession")}</summary>
            <SessionForm tableId={table.id} defaultTitle={table.title} action={createSessionAction} />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="signalering">
        <h2 id="signalering" className="utrecht-heading-2">
          {t("overlegtafel.flaggedTitle")}
        </h2>
        <p className="utrecht-paragraph">{t("overlegtafel.flaggedIntro")}</p>
        {flagged.length === 0 ? <p className="utrecht-paragraph">{t("overlegtafel.noneFlagged")}</p> : null}
        {flagged.map((p) => (
          <div key={p.id} className="inkoop-card" data-testid="flagged-provider">
            <h3 className="utrecht-heading-3">
              {p.name} ({t(`overlegtafel.classShort_${p.sizeClass}`)}, {p.subregionName})
            </h3>
            <ul className="utrecht-unordered-list">
              {p.reasons.map((r) => (
                <li key={r} className="utrecht-unordered-list__item">
                  {r}
                </li>
              ))}
            </ul>
            {mayAdminister ? (
              <FieldsForm
                action={excludeAction}
                idPrefix={`uitsluiten-${p.id}`}
                label={t("overlegtafel.excludeLabel", { name: p.name })}
                hidden={{ tableId: table.id, providerId: p.id }}
                fields={[
                  {
                    kind: "date",
                    name: "until",
                    label: t("overlegtafel.until"),
                    required: true,
                    defaultValue: defaultUntil,
                  },
                  {
                    kind: "textarea",
                    name: "reason",
                    label: t("overlegtafel.reason"),
                    required: true,
                    maxLength: 1000,
                  },
                ]}
                submitLabel={t("overlegtafel.exclude")}
                confirm={{
                  question: t("confirm.excludeQuestion", { name: p.name }),
                  consequence: t("confirm.excludeConsequence"),
                  confirmLabel: t("confirm.excludeConfirm"),
                }}
              />
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="uitsluitingen">
        <h2 id="uitsluitingen" className="utrecht-heading-2">
          {t("overlegtafel.exclusionsTitle")}
        </h2>
        {exclusions.length === 0 ? (
          <p className="utrecht-paragraph">{t("overlegtafel.noExclusions")}</p>
        ) : (
          <>
            {mayAdminister && exclusions.some((e) => !e.liftedAt && e.until > today) ? (
              <p className="utrecht-paragraph">{t("overlegtafel.liftIntro")}</p>
            ) : null}
            <ul className="utrecht-unordered-list">
              {exclusions.map((e) => (
                <li key={e.id} className="utrecht-unordered-list__item" data-testid="exclusion">
                  {e.liftedAt
                    ? t("overlegtafel.liftedLine", {
                        name: e.providerName,
                        until: formatDate(e.until),
                        liftedOn: formatDate(e.endsOn),
                        reason: e.reason,
                        liftReason: e.liftReason ?? "",
                      })
                    : t("overlegtafel.exclusionLine", {
                        name: e.providerName,
                        until: formatDate(e.until),
                        reason: e.reason,
                      })}
                  {mayAdminister && !e.liftedAt && e.until > today ? (
                    <details>
                      <summary>{t("overlegtafel.lift")}</summary>
                      <FieldsForm
                        action={liftExclusionAction}
                        idPrefix={`opheffen-${e.id}`}
                        label={t("overlegtafel.liftLabel", { name: e.providerName })}
                        hidden={{ tableId: table.id, exclusionId: e.id }}
                        fields={[
                          {
                            kind: "textarea",
                            name: "reason",
                            label: t("overlegtafel.liftReason"),
                            required: true,
                            maxLength: 1000,
                            rows: 2,
                          },
                        ]}
                        submitLabel={t("overlegtafel.lift")}
                        variant="secondary"
                        confirm={{
                          question: t("confirm.liftQuestion", { name: e.providerName }),
                          consequence: t("confirm.liftConsequence"),
                          confirmLabel: t("confirm.liftConfirm"),
                        }}
                      />
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="relevant">
        <h2 id="relevant" className="utrecht-heading-2">
          {t("overlegtafel.relevantTitle", { count: relevant.providers.length })}
        </h2>
        <ClassRule thresholds={thresholds} />
        <table className="utrecht-table">
          <TableHead
            columns={[
              t("overlegtafel.col_provider"),
              t("overlegtafel.col_class"),
              t("overlegtafel.col_subregion"),
              t("overlegtafel.col_indicatorYear"),
            ]}
          />
          <tbody className="utrecht-table__body">
            {relevant.providers.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {p.name}
                </th>
                <td className="utrecht-table__cell">
                  {p.decided
                    ? t("overlegtafel.decidedByOfficer", { class: t(`overlegtafel.classShort_${p.sizeClass}`) })
                    : t(`overlegtafel.classShort_${p.sizeClass}`)}
                </td>
                <td className="utrecht-table__cell">{p.subregionName}</td>
                <td className="utrecht-table__cell">{p.indicatorYear ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
