import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listSubregions } from "@/db/queries/reference";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { loadQuestionsForOfficer, pageResponsesFor, RESPONSE_CURSOR } from "@/lib/consultation/reads";
import { filterQuery, parseResponseFilter } from "@/lib/consultation/export";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { parsePaging } from "@/lib/paging/request";
import { AnswersTable } from "@/components/consultation/answers-table";
import { AttachmentList } from "@/components/consultation/attachment-list";

export const metadata: Metadata = { title: t("consultation.responsesLink") };

const FILTER_PARAMS = ["soort", "grootte", "subregio"];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ResponsesPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/consultaties/${rawId}/reacties`, "consultation.administer");
  const db = await getDb();
  const id = idParam(rawId);
  const address = await searchParams;
  const filter = parseResponseFilter(address);
  const paging = parsePaging(address, RESPONSE_CURSOR);
  // The consultation, its page of responses and the sub-regions are read side by side; an unknown id
  // fails the first and so the page.
  const [consultation, page, subregions] = await Promise.all([
    orNotFound(loadQuestionsForOfficer(db, actor, id)),
    pageResponsesFor(db, actor, id, filter, paging.request),
    listSubregions(db),
  ]);
  const responses = page.items;
  const query = filterQuery(filter);
  // Links to other pages carry the filter as understood, not values the filter ignored.
  const links = pageLinks(
    `/beheer/consultaties/${consultation.id}/reacties`,
    Object.fromEntries(new URLSearchParams(query)),
    FILTER_PARAMS,
    page,
  );
  const exportHref = (format: string) =>
    `/beheer/consultaties/${consultation.id}/export?formaat=${format}${query ? `&${query}` : ""}`;
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}`}>
          {t("consultation.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("consultation.responsesTitle", { title: consultation.title })}</h1>
      <p className="utrecht-paragraph">{t("consultation.responsesIntro")}</p>
      <form method="get" className="inkoop-card" aria-label={t("consultation.filter")}>
        <div className="inkoop-field-row">
          <FilterSelect
            id="f-soort"
            name="soort"
            label={t("consultation.filterKind")}
            value={filter.kind}
            options={(["provider", "council"] as const).map((k) => ({
              value: k,
              label: t(`consultation.exportKind_${k}`),
            }))}
          />
          <FilterSelect
            id="f-grootte"
            name="grootte"
            label={t("consultation.filterSize")}
            value={filter.sizeClass}
            options={(["large", "medium", "small"] as const).map((s) => ({
              value: s,
              label: t(`consultation.size_${s}`),
            }))}
          />
          <FilterSelect
            id="f-subregio"
            name="subregio"
            label={t("consultation.filterSubregion")}
            value={filter.subregionId}
            options={subregions.map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("consultation.filterApply")}
        </button>
      </form>
      <p className="utrecht-paragraph">
        {t("consultation.responseCount", { count: page.total })} ·{" "}
        <a className="utrecht-link" href={exportHref("csv")}>
          {t("consultation.exportCsv")}
        </a>{" "}
        ·{" "}
        <a className="utrecht-link" href={exportHref("xlsx")}>
          {t("consultation.exportXlsx")}
        </a>
      </p>
      <PagingError message={paging.error} />
      {page.total === 0 ? <p className="utrecht-paragraph">{t("consultation.responsesNone")}</p> : null}
      <Pagination label={t("paging.label.responses")} page={page} links={links} />
      {responses.length
        ? consultation.questions.map((q, i) => (
            <section key={q.id} aria-labelledby={`vraag-${q.id}`}>
              <h2 id={`vraag-${q.id}`} className="utrecht-heading-2">
                {i + 1}. {q.prompt}
              </h2>
              <AnswersTable questionId={q.id} responses={responses} />
            </section>
          ))
        : null}
      {responses.some((r) => r.attachments.length) ? (
        <section aria-labelledby="bijlagen" className="inkoop-stack">
          <h2 id="bijlagen" className="utrecht-heading-2">
            {t("attachments.title")}
          </h2>
          {responses
            .filter((r) => r.attachments.length)
            .map((r) => (
              <div key={r.id}>
                <h3 className="utrecht-heading-3">{r.respondent}</h3>
                <AttachmentList attachments={r.attachments} />
              </div>
            ))}
        </section>
      ) : null}
      <Pagination label={t("paging.label.responsesBelow")} page={page} links={links} />
    </div>
  );
}
