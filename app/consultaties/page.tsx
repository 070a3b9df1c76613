import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { ConsultationList } from "@/components/consultation/consultation-list";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { getCurrentActor } from "@/lib/auth/current-actor";
import {
  CONSULTATION_CURSOR,
  listInvitedClosedFor,
  pagePublicConsultationsFor,
  type PublicListing,
} from "@/lib/consultation/reads";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { parsePaging, type RawParams } from "@/lib/paging/request";

export const metadata: Metadata = { title: t("consultation.listTitle") };

/** `?weergave=archief` shows the finished consultations; anything else the open ones. */
const ARCHIVE = "archief";

export default async function ConsultationsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const listing: PublicListing = params.weergave === ARCHIVE ? "archive" : "open";
  const paging = parsePaging(params, CONSULTATION_CURSOR[listing]);
  const db = await getDb();
  const now = new Date();
  const [actor, page] = await Promise.all([
    getCurrentActor(),
    pagePublicConsultationsFor(db, listing, now, paging.request),
  ]);
  const closedInvited = listing === "open" ? await listInvitedClosedFor(db, actor, now) : [];
  const links = pageLinks("/consultaties", params, ["weergave"], page);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("consultation.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("consultation.listIntro")}</p>
      <nav aria-label={t("consultationArchive.tabs")} className="inkoop-pagination">
        <ul>
          <li>
            <Link className="utrecht-link" href="/consultaties" aria-current={listing === "open" ? "page" : undefined}>
              {t("consultationArchive.open")}
            </Link>
          </li>
          <li>
            <Link
              className="utrecht-link"
              href={`/consultaties?weergave=${ARCHIVE}`}
              aria-current={listing === "archive" ? "page" : undefined}
            >
              {t("consultationArchive.archive")}
            </Link>
          </li>
        </ul>
      </nav>
      <PagingError message={paging.error} />
      {listing === "open" ? (
        <section aria-labelledby="open">
          <h2 id="open" className="utrecht-heading-2">
            {t("consultation.openTitle")}
          </h2>
          {page.total ? (
            <ConsultationList items={page.items} hrefFor={(id) => `/consultaties/${id}`} />
          ) : (
            <p className="utrecht-paragraph">{t("consultation.none")}</p>
          )}
          <Pagination label={t("paging.label.consultations")} page={page} links={links} />
        </section>
      ) : (
        <section aria-labelledby="archief">
          <h2 id="archief" className="utrecht-heading-2">
            {t("consultationArchive.archiveTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("consultationArchive.archiveIntro")}</p>
          {page.total ? (
            <ConsultationList items={page.items} hrefFor={(id) => `/consultaties/${id}`} />
          ) : (
            <p className="utrecht-paragraph">{t("consultationArchive.none")}</p>
          )}
          <Pagination label={t("paging.label.archive")} page={page} links={links} />
        </section>
      )}
      {actor && listing === "open" ? (
        <section aria-labelledby="uitgenodigd">
          <h2 id="uitgenodigd" className="utrecht-heading-2">
            {t("consultation.invitedTitle")}
          </h2>
          {closedInvited.length ? (
            <ConsultationList items={closedInvited} hrefFor={(id) => `/consultaties/${id}`} />
          ) : (
            <p className="utrecht-paragraph">{t("consultation.noneInvited")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
