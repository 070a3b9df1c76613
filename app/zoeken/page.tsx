import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchPortal } from "@/db/queries/search";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { searchScopeFor } from "@/lib/meeting/reads";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: t("search.title") };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function SearchPage({ searchParams }: Props) {
  const q = ((await searchParams).q ?? "").trim().slice(0, 100);
  const actor = await getCurrentActor();
  const db = await getDb();
  const everything = can(actor, "trajectory.list_all");
  const results = q.length >= 2 ? await searchPortal(db, q, await searchScopeFor(db, actor)) : null;
  const count = results ? results.trajectories.length + results.consultations.length + results.minutes.length : 0;
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("search.title")}</h1>
      <form action="/zoeken" method="get" role="search" className="utrecht-form">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoekterm">
            {t("search.label")}
          </label>
          <input
            id="zoekterm"
            name="q"
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            defaultValue={q}
            maxLength={100}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("search.submit")}
        </button>
      </form>
      {q.length === 1 ? <p className="utrecht-paragraph">{t("search.tooShort")}</p> : null}
      {results ? (
        <section aria-labelledby="resultaten">
          <h2 id="resultaten" className="utrecht-heading-2">
            {t("search.results", { count, q })}
          </h2>
          <ul className="utrecht-unordered-list">
            {results.trajectories.map((r) => (
              <li key={`t-${r.id}`} className="utrecht-unordered-list__item">
                {t("search.trajectory")}:{" "}
                <Link className="utrecht-link" href={everything ? `/beheer/trajecten/${r.id}` : `/trajecten/${r.id}`}>
                  {r.title}
                </Link>
              </li>
            ))}
            {results.consultations.map((r) => (
              <li key={`c-${r.id}`} className="utrecht-unordered-list__item">
                {t("search.consultation")}:{" "}
                <Link className="utrecht-link" href={`/consultaties/${r.id}`}>
                  {r.title}
                </Link>
              </li>
            ))}
            {results.minutes.map((r) => (
              <li key={`m-${r.meetingId}-${r.version}`} className="utrecht-unordered-list__item">
                {t("search.minutes")}:{" "}
                <Link className="utrecht-link" href={`/bijeenkomsten/${r.meetingId}/verslag/${r.version}`}>
                  {t("minutes.titleFor", { title: r.title })} ({t("search.version", { version: r.version })})
                </Link>
                <br />…{r.snippet}…
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
