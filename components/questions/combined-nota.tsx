import Link from "next/link";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { t } from "@/lib/i18n";

type Props = { base: string; backLabel: string; title: string; hasRounds: boolean; html: string };

/** All rounds in one document, newest version of each: the server-built copy of gated versions only. */
export function CombinedNota({ base, backLabel, title, hasRounds, html }: Props) {
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={base}>
          {backLabel}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.combinedHeading", { title })}</h1>
      {!hasRounds ? (
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
