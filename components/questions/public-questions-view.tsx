import Link from "next/link";
import { AskForm } from "@/components/questions/ask-form";
import { OwnQuestions } from "@/components/questions/own-questions";
import { PublishedRounds } from "@/components/questions/published-rounds";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime, t } from "@/lib/i18n";
import type { OwnQuestion, PublishedRound } from "@/lib/questions/reads";

type Props = {
  /** The consultation or trajectory the questions are about. */
  subject: { href: string; title: string; field: "consultationId" | "trajectoryId"; id: string };
  heading: string;
  intro: string;
  /** Where the public pages of these questions start, e.g. /consultaties/[id]/vragen. */
  base: string;
  /** The line that says when the question period ends, with the test id it carries, if any. */
  period: { text: string; testId?: string };
  planned: { number: number; plannedAt: Date | null }[];
  /** The form, when this visitor may ask; its intro names whom they ask for. */
  ask: { action: (s: FormState, f: FormData) => Promise<FormState>; intro: string } | null;
  /** A visitor who is not signed in while questions can still be asked gets a sign-in link. */
  signInToAsk: boolean;
  /** The visitor's own questions, when they are signed in and have or may have some. */
  own: OwnQuestion[] | null;
  rounds: PublishedRound[];
};

/** What a participant or visitor sees of the questions of one subject: asking, their own, the published rounds. */
export function PublicQuestionsView({ subject, heading, intro, base, period, planned, ask, own, rounds, ...p }: Props) {
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={subject.href}>
          {subject.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{heading}</h1>
      <p className="utrecht-paragraph">{intro}</p>
      <p className="utrecht-paragraph" data-testid={period.testId}>
        {period.text}
      </p>
      {planned.length > 0 ? (
        <ul className="utrecht-unordered-list" data-testid="planned-rounds">
          {planned.map((r) => (
            <li key={r.number} className="utrecht-unordered-list__item">
              {t("questions.plannedRound", { number: r.number, at: formatDateTime(r.plannedAt!) })}
            </li>
          ))}
        </ul>
      ) : null}
      {ask ? (
        <section aria-labelledby="vraag-stellen">
          <h2 id="vraag-stellen" className="utrecht-heading-2">
            {t("questions.askTitle")}
          </h2>
          <AskForm subject={{ name: subject.field, id: subject.id }} intro={ask.intro} action={ask.action} />
        </section>
      ) : p.signInToAsk ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/inloggen?terug=${base}`}>
            {t("questions.signInToAsk")}
          </Link>
        </p>
      ) : null}
      {own ? (
        <section aria-labelledby="eigen-vragen">
          <h2 id="eigen-vragen" className="utrecht-heading-2">
            {t("questions.ownTitle")}
          </h2>
          <OwnQuestions base={base} questions={own} />
        </section>
      ) : null}
      <section aria-labelledby="rondes" className="inkoop-stack">
        <h2 id="rondes" className="utrecht-heading-2">
          {t("questions.roundsTitle")}
        </h2>
        {rounds.length > 0 ? (
          <p className="utrecht-paragraph inkoop-no-print">
            <Link className="utrecht-link" href={`${base}/nota`}>
              {t("questions.combinedLink")}
            </Link>
            {" · "}
            <a className="utrecht-link" href={`${base}/nota/pdf`}>
              {t("questions.combinedPdf")}
            </a>
            {" · "}
            <a className="utrecht-link" href={`${base}/nota/json`}>
              {t("questions.combinedJson")}
            </a>
          </p>
        ) : null}
        <PublishedRounds base={base} rounds={rounds} headingLevel={3} />
      </section>
    </article>
  );
}
