import Link from "next/link";
import { html, innerHtml } from "@/lib/html/markup";
import { formatDate, t } from "@/lib/i18n";
import type { SearchPage } from "@/lib/search/reads";

type Props = { result: SearchPage; q: string; nextHref: string | null; firstHref: string };

const label = (hit: SearchPage["hits"][number]) =>
  hit.kind === "minutes"
    ? `${t("minutes.titleFor", { title: hit.title })} (${t("search.version", { version: hit.version ?? 1 })})`
    : hit.title;

/**
 * The results as one piece of escaped markup (lib/html/markup.ts), each a plain link: a page of twenty results
 * as React elements, each with a client-side link, cost more than the rest of the page.
 */
function resultItems(hits: SearchPage["hits"]) {
  return html`${hits.map(
    (hit) =>
      html`<li class="utrecht-ordered-list__item" data-kind="${hit.kind}">
        <span>${t(`search.kinds.${hit.kind}`)}: </span><a class="utrecht-link" href="${hit.href}">${label(hit)}</a>${
          hit.at !== null ? html`<span> · ${formatDate(new Date(hit.at))}</span>` : ""
        }${
          hit.snippet.length
            ? html`<p class="utrecht-paragraph">
                ${hit.snippet.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text))}
              </p>`
            : ""
        }
      </li>`,
  )}`;
}

/** One page of results; a snippet's matching words are <mark>, every other character is plain text. */
export function SearchResults({ result, q, nextHref, firstHref }: Props) {
  return (
    <section aria-labelledby="resultaten" className="inkoop-stack">
      <h2 id="resultaten" className="utrecht-heading-2">
        {t("search.results", { count: result.total, q })}
      </h2>
      {result.pages > 1 ? (
        <p className="utrecht-paragraph">{t("search.pageOf", { page: result.page, pages: result.pages })}</p>
      ) : null}
      {result.pastTheEnd ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">{t("search.pastTheEnd", { page: result.page, pages: result.pages })}</p>
          <Link className="utrecht-link" href={firstHref}>
            {t("search.firstPage")}
          </Link>
        </div>
      ) : null}
      <ol
        className="utrecht-ordered-list inkoop-search-results"
        start={(result.page - 1) * 20 + 1}
        dangerouslySetInnerHTML={innerHtml(resultItems(result.hits))}
      />
      {nextHref ? (
        <Link className="utrecht-link" href={nextHref} rel="next">
          {t("search.next")}
        </Link>
      ) : null}
    </section>
  );
}
