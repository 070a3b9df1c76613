import Link from "next/link";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { formatDateTime, t } from "@/lib/i18n";
import type { PublishedRound } from "@/lib/questions/reads";

/** `base` is the public questions page of the consultation or trajectory the rounds belong to. */
type Props = { base: string; rounds: PublishedRound[]; headingLevel?: 2 | 3 };

/** Published rounds, newest version of each, with their documents; the text is the server-built, gated copy. */
export function PublishedRounds({ base: questionsBase, rounds, headingLevel = 2 }: Props) {
  if (rounds.length === 0) return <p className="utrecht-paragraph">{t("questions.roundsNone")}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="inkoop-stack" data-testid="published-rounds">
      {rounds.map((r) => {
        const base = `${questionsBase}/ronde/${r.roundNumber}`;
        return (
          <section key={r.id} aria-labelledby={`ronde-${r.roundNumber}`} className="inkoop-card">
            <Heading id={`ronde-${r.roundNumber}`} className={`utrecht-heading-${headingLevel}`}>
              <Link className="utrecht-link" href={base}>
                {t("questions.roundHeading", { number: r.roundNumber })}
              </Link>
            </Heading>
            <p className="utrecht-paragraph">
              {t("questions.roundMeta", {
                count: r.questionCount,
                version: r.version,
                at: formatDateTime(r.publishedAt),
              })}
            </p>
            {r.changeNote ? (
              <p className="utrecht-paragraph">{t("questions.roundChangeNote", { note: r.changeNote })}</p>
            ) : null}
            <MinutesHtml html={r.html} />
            <p className="utrecht-paragraph inkoop-no-print">
              <a className="utrecht-link" href={`${base}/${r.version}/pdf`}>
                {t("questions.downloadPdf", { number: r.roundNumber })}
              </a>
              {" · "}
              <a className="utrecht-link" href={`${base}/${r.version}/json`}>
                {t("questions.downloadJson", { number: r.roundNumber })}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
