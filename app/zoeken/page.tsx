import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listTrajectoryChoices } from "@/db/queries/trajectories";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { parseSearch, type RawSearchParams } from "@/lib/search/query";
import { searchFor } from "@/lib/search/reads";
import { searchableKinds } from "@/lib/search/scope";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

export const metadata: Metadata = { title: t("search.title") };

type Props = { searchParams: Promise<RawSearchParams> };

/** The same search with other paging parameters; the filters stay as they were. */
function pageHref(params: RawSearchParams, paging: { na?: string; pagina?: number }) {
  const query = new URLSearchParams();
  for (const key of ["q", "soort", "traject", "van", "tot", "status"]) {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    if (one) query.set(key, one);
  }
  if (paging.na) query.set("na", paging.na);
  if (paging.pagina && paging.pagina > 1) query.set("pagina", String(paging.pagina));
  return `/zoeken?${query.toString()}`;
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await getCurrentActor();
  const db = await getDb();
  const kinds = searchableKinds(actor);
  const asked = Object.values(params).some((v) => v !== undefined && v !== "");
  const parsed = parseSearch(params, kinds);
  const [trajectories, result] = await Promise.all([
    listTrajectoryChoices(db, { includeInternal: can(actor, "trajectory.list_all") }),
    parsed.request ? searchFor(db, actor, parsed.request) : null,
  ]);
  const errors = asked ? parsed.errors : [];
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("search.title")}</h1>
      {errors.length ? (
        <div id="zoekfouten" className="utrecht-alert utrecht-alert--error" role="status">
          <h2 className="utrecht-heading-3">{t("search.problems")}</h2>
          <ul className="utrecht-unordered-list">
            {errors.map((e) => (
              <li key={e} className="utrecht-unordered-list__item">
                {e}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {parsed.notices.map((n) => (
        <p key={n} className="utrecht-paragraph" role="status">
          {n}
        </p>
      ))}
      <SearchForm typed={parsed.typed} kinds={kinds} trajectories={trajectories} invalid={errors.length > 0} />
      {result?.onlyStopWords ? <p className="utrecht-paragraph">{t("search.onlyStopWords")}</p> : null}
      {result && parsed.request && !result.onlyStopWords ? (
        <SearchResults
          result={result}
          q={parsed.request.q}
          firstHref={pageHref(params, {})}
          nextHref={result.next ? pageHref(params, { na: result.next, pagina: result.page + 1 }) : null}
        />
      ) : null}
    </article>
  );
}
