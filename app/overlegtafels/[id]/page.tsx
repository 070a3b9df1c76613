import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { reasonOf } from "@/components/overlegtafel/composition-table";
import { TableFacts } from "@/components/overlegtafel/table-facts";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { loadTableForProvider } from "@/lib/overlegtafel/reads";
import { amsterdamDay } from "@/lib/time/amsterdam";

export const metadata: Metadata = { title: "Overlegtafel" };

/** Transparency for providers: who sits at the table, and for the own organisation whether and why. */
export default async function ProviderTablePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  const db = await getDb();
  const { table, sessions, exclusions, providerId } = await orNotFound(
    loadTableForProvider(db, actor, idParam((await params).id)),
  );
  const today = amsterdamDay(new Date());
  const current = exclusions.filter((e) => e.endsOn > today);
  const lifted = exclusions.filter((e) => e.liftedAt && e.endsOn < e.until);
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/overlegtafels">
          {t("overlegtafel.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{table.title}</h1>
      <TableFacts table={table} />
      {current.map((e) => (
        <div key={e.id} className="utrecht-alert utrecht-alert--warning" role="status" data-testid="own-exclusion">
          <p className="utrecht-paragraph">
            {t("overlegtafel.yourExclusion", { until: formatDate(e.until), reason: e.reason })}
          </p>
        </div>
      ))}
      {lifted.map((e) => (
        <div key={e.id} className="utrecht-alert utrecht-alert--ok" role="status" data-testid="own-exclusion-lifted">
          <p className="utrecht-paragraph">
            {t("overlegtafel.yourExclusionLifted", {
              until: formatDate(e.until),
              liftedOn: formatDate(e.endsOn),
              reason: e.liftReason ?? "",
            })}
          </p>
        </div>
      ))}
      <p className="utrecht-paragraph">{t("overlegtafel.compositionRule")}</p>
      <section aria-labelledby="sessies">
        <h2 id="sessies" className="utrecht-heading-2">
          {t("overlegtafel.sessionsTitle")}
        </h2>
        {sessions.length === 0 ? <p className="utrecht-paragraph">{t("overlegtafel.noSessions")}</p> : null}
        {sessions.map(({ session, composition, own, latestVersion }) => (
          <section key={session.id} className="inkoop-card" aria-labelledby={`sessie-${session.id}`}>
            <h3 id={`sessie-${session.id}`} className="utrecht-heading-3">
              {session.title} — {formatDateTime(session.startsAt)}
            </h3>
            {!composition ? (
              <p className="utrecht-paragraph">{t("overlegtafel.notYetFixed")}</p>
            ) : (
              <>
                {providerId && own ? (
                  <p className="utrecht-paragraph" data-testid="own-outcome">
                    {t("overlegtafel.yourOutcome", { outcome: reasonOf(own) })}
                  </p>
                ) : null}
                <h4 className="utrecht-heading-4">{t("overlegtafel.atTable")}</h4>
                <ul className="utrecht-unordered-list">
                  {composition.members
                    .filter((m) => m.invited)
                    .map((m) => (
                      <li key={m.providerId} className="utrecht-unordered-list__item">
                        {m.providerName} ({t(`overlegtafel.classShort_${m.sizeClass}`)}, {m.subregionName})
                      </li>
                    ))}
                </ul>
                <p className="utrecht-paragraph">{t("overlegtafel.seedLine", { seed: composition.seed })}</p>
              </>
            )}
            {latestVersion ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" href={`/bijeenkomsten/${session.id}/verslag/${latestVersion}`}>
                  {t("overlegtafel.minutesLink")}
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </section>
    </article>
  );
}
