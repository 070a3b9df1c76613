import Link from "next/link";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { PublishedRounds } from "@/components/questions/published-rounds";
import { formatDateTime, t } from "@/lib/i18n";
import type { PublishedRound } from "@/lib/questions/reads";

type Props = {
  /** The public questions page of the consultation or trajectory. */
  base: string;
  backLabel: string;
  title: string;
  number: number;
  /** Every published version of the round, newest first. */
  versions: PublishedRound[];
};

/** One round of the nota van inlichtingen: the newest version, and every earlier one as it was published. */
export function RoundVersions({ base, backLabel, title, number, versions }: Props) {
  const [latest, ...older] = versions;
  const roundBase = `${base}/ronde/${number}`;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={base}>
          {backLabel}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.pdfTitle", { number, title })}</h1>
      <PublishedRounds base={base} rounds={latest ? [latest] : []} />
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
                <a className="utrecht-link" href={`${roundBase}/${v.version}/pdf`}>
                  {t("questions.downloadPdf", { number })} (v{v.version})
                </a>
                {" · "}
                <a className="utrecht-link" href={`${roundBase}/${v.version}/json`}>
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
