import Link from "next/link";
import { formatDateTime, t } from "@/lib/i18n";
import type { OwnQuestion } from "@/lib/questions/reads";

/** The asker's own questions with what happened to each. */
export function OwnQuestions({ base, questions }: { base: string; questions: OwnQuestion[] }) {
  if (questions.length === 0) return <p className="utrecht-paragraph">{t("questions.ownNone")}</p>;
  return (
    <ul className="inkoop-stack" data-testid="own-questions">
      {questions.map((q) => (
        <li key={q.id} className="inkoop-card">
          <p className="utrecht-paragraph">
            <strong>{t(`questions.state_${q.state}`)}</strong> ·{" "}
            {t("questions.askedAt", { at: formatDateTime(q.askedAt) })}
          </p>
          {q.body.split("\n").map((line, i) => (
            <p key={i} className="utrecht-paragraph">
              {line}
            </p>
          ))}
          {q.state === "declined" && q.declineReason ? (
            <p className="utrecht-paragraph">{t("questions.declinedBecause", { reason: q.declineReason })}</p>
          ) : null}
          {q.state === "merged" ? <p className="utrecht-paragraph">{t("questions.mergedHint")}</p> : null}
          {q.roundNumber ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" href={`${base}/ronde/${q.roundNumber}`}>
                {t("questions.answeredIn", { number: q.roundNumber })}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
