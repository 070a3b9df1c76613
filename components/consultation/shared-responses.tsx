import type { ConsultationDetail } from "@/lib/consultation/reads";
import { formatDateTime, t } from "@/lib/i18n";

type Shared = { name: string; submittedAt: Date | null; answers: Map<string, unknown> };

function show(value: unknown, kind: string): string {
  if (value === null || value === undefined || value === "") return t("consultation.noAnswer");
  if (Array.isArray(value)) return value.join(", ");
  if (kind === "scale") return t("consultation.scaleLabel", { n: Number(value) });
  // Stored answers are text, a choice or a number; anything else is shown as the JSON it was stored as.
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** Other participants' submitted answers in interactive mode; sensitive answers never arrive here. */
export function SharedResponses({
  questions,
  responses,
}: {
  questions: ConsultationDetail["questions"];
  responses: Shared[];
}) {
  return (
    <section aria-labelledby="anderen" className="inkoop-stack">
      <h2 id="anderen" className="utrecht-heading-2">
        {t("consultation.othersTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("consultation.othersIntro")}</p>
      {responses.length === 0 ? <p className="utrecht-paragraph">{t("consultation.othersNone")}</p> : null}
      {responses.map((r) => (
        <article key={r.name} className="inkoop-card" data-testid="shared-response">
          <h3 className="utrecht-heading-3">{r.name}</h3>
          {r.submittedAt ? <p className="utrecht-paragraph inkoop-muted">{formatDateTime(r.submittedAt)}</p> : null}
          <dl>
            {questions
              .filter((q) => r.answers.has(q.id))
              .map((q) => (
                <div key={q.id}>
                  <dt>
                    <strong>{q.prompt}</strong>
                  </dt>
                  <dd style={{ marginInlineStart: 0, marginBlockEnd: "0.75rem" }}>
                    {show(r.answers.get(q.id), q.kind)}
                  </dd>
                </div>
              ))}
          </dl>
        </article>
      ))}
    </section>
  );
}
