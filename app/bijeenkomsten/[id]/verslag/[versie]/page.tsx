import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { auditOrigin } from "@/lib/http/request-origin";
import { formatDateTime, t } from "@/lib/i18n";
import { loadPublishedMinutesFor } from "@/lib/minutes/reads";
import { can } from "@/lib/policy";
import { notFound } from "next/navigation";

type Props = { params: Promise<{ id: string; versie: string }> };

async function load(params: Props["params"]) {
  const raw = await params;
  const version = Number(raw.versie);
  if (!Number.isInteger(version) || version < 1) notFound();
  const db = await getDb();
  return orNotFound(
    loadPublishedMinutesFor(db, await getCurrentActor(), idParam(raw.id), version, auditOrigin(await headers())),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await load(params);
  return { title: t("minutes.titleFor", { title: meeting.title }) };
}

export default async function PublishedMinutesPage({ params }: Props) {
  const { meeting, versions, published } = await load(params);
  const mayViewTrajectory = can(await getCurrentActor(), "trajectory.view", {
    visibility: meeting.trajectoryVisibility,
  });
  const latest = versions.at(-1)?.version ?? published.version;
  const base = `/bijeenkomsten/${meeting.id}/verslag/${published.version}`;
  return (
    <article className="inkoop-stack">
      <nav aria-label={t("minutes.wayBack")} className="inkoop-no-print">
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/bijeenkomsten/${meeting.id}`}>
            {t("minutes.toMeeting")}
          </Link>
          {mayViewTrajectory ? (
            <>
              {" · "}
              <Link className="utrecht-link" href={`/trajecten/${meeting.trajectoryId}`}>
                {t("minutes.toTrajectory", { title: meeting.trajectoryTitle })}
              </Link>
            </>
          ) : null}
        </p>
      </nav>
      <h1 className="utrecht-heading-1">{t("minutes.titleFor", { title: meeting.title })}</h1>
      <p className="utrecht-paragraph">
        {t("minutes.versionLabel", { version: published.version, at: formatDateTime(published.publishedAt) })}
        {published.changeNote ? ` — ${t("minutes.changeNoteLabel", { note: published.changeNote })}` : ""}
      </p>
      {published.version !== latest ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" href={`/bijeenkomsten/${meeting.id}/verslag/${latest}`}>
              {t("minutes.olderVersion")}
            </Link>
          </p>
        </div>
      ) : null}
      <p className="utrecht-paragraph inkoop-no-print">
        <a className="utrecht-link" href={`${base}/pdf`}>
          {t("minutes.pdf")}
        </a>
        {" · "}
        <a className="utrecht-link" href={`${base}/json`}>
          {t("minutes.json")}
        </a>
      </p>
      <MinutesHtml html={published.html} />
      <p className="utrecht-paragraph">{t("minutes.pdfFooter")}</p>
      {versions.length > 1 ? (
        <nav aria-labelledby="versies" className="inkoop-no-print">
          <h2 id="versies" className="utrecht-heading-2">
            {t("minutes.versions")}
          </h2>
          <ul className="utrecht-unordered-list">
            {versions.map((v) => (
              <li key={v.id} className="utrecht-unordered-list__item">
                <Link
                  className="utrecht-link"
                  href={`/bijeenkomsten/${meeting.id}/verslag/${v.version}`}
                  aria-current={v.version === published.version ? "page" : undefined}
                >
                  {t("minutes.versionLabel", { version: v.version, at: formatDateTime(v.publishedAt) })}
                </Link>
                {v.changeNote ? ` — ${v.changeNote}` : ""}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
