import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadCombinedNotaFor } from "@/lib/questions/nota";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const db = await getDb();
  return orNotFound(loadCombinedNotaFor(db, await getCurrentActor(), idParam((await params).id)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation } = await load(params);
  return { title: t("questions.combinedHeading", { title: consultation.title }) };
}

/** All rounds of the consultation in one document, newest version of each. */
export default async function CombinedNotaPage({ params }: Props) {
  const { consultation, rounds, html } = await load(params);
  const base = `/consultaties/${consultation.id}/vragen`;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={base}>
          {t("questions.title")}: {consultation.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.combinedHeading", { title: consultation.title })}</h1>
      {rounds.length === 0 ? (
        <p className="utrecht-paragraph">{t("questions.roundsNone")}</p>
      ) : (
        <>
          <p className="utrecht-paragraph inkoop-no-print">
            <a className="utrecht-link" href={`${base}/nota/pdf`}>
              {t("questions.combinedPdf")}
            </a>
            {" · "}
            <a className="utrecht-link" href={`${base}/nota/json`}>
              {t("questions.combinedJson")}
            </a>
          </p>
          <MinutesHtml html={html} />
          <p className="utrecht-paragraph">{t("questions.pdfFooter")}</p>
        </>
      )}
    </article>
  );
}
