import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { PublishedRounds } from "@/components/questions/published-rounds";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { listPublishedRoundsFor, loadQuestionsPageFor } from "@/lib/questions/reads";

type Props = { params: Promise<{ id: string; nummer: string }> };

async function load(params: Props["params"]) {
  const raw = await params;
  const number = Number(raw.nummer);
  if (!Number.isInteger(number) || number < 1) notFound();
  const db = await getDb();
  const actor = await getCurrentActor();
  const { visible } = await orNotFound(loadQuestionsPageFor(db, actor, idParam(raw.id)));
  const versions = (await orNotFound(listPublishedRoundsFor(db, actor, visible))).filter(
    (r) => r.roundNumber === number,
  );
  if (versions.length === 0) notFound();
  return { consultation: visible.consultation, number, versions };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation, number } = await load(params);
  return { title: t("questions.pdfTitle", { number, title: consultation.title }) };
}

/** One round of the nota van inlichtingen: the newest version, and every earlier one as it was published. */
export default async function RoundPage({ params }: Props) {
  const { consultation, number, versions } = await load(params);
  const [latest, ...older] = versions;
  const base = `/consultaties/${consultation.id}/vragen/ronde/${number}`;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/consultaties/${consultation.id}/vragen`}>
          {t("questions.title")}: {consultation.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.pdfTitle", { number, title: consultation.title })}</h1>
      <PublishedRounds consultationId={consultation.id} rounds={latest ? [latest] : []} />
      <p className="utrecht-paragraph">{t("questions.pdfFooter")}</p>
      {older.length > 0 ? (
        <section aria-labelledby="eerdere-versies" className="inkoop-stack">
          <h2 id="eerdere-versies" className="utrecht-heading-2">
            {t("questions.olderVersions")}
          </h2>
          {older.map((v) => (
            <details key={v.id}>
              <summary>{t("questions.versionLink", { version: v.version, at: formatDateTime(v.publishedAt) })}</summary>
              <MinutesHtml html={v.html} />
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href={`${base}/${v.version}/pdf`}>
                  {t("questions.downloadPdf", { number })} (v{v.version})
                </a>
                {" · "}
                <a className="utrecht-link" href={`${base}/${v.version}/json`}>
                  {t("questions.downloadJson", { number })} (v{v.version})
                </a>
              </p>
            </details>
          ))}
        </section>
      ) : null}
    </article>
  );
}
