import type { ResponseOnPage } from "@/lib/consultation/reads";
import { answerText } from "@/lib/consultation/export";
import { html, innerHtml } from "@/lib/html/markup";
import { t } from "@/lib/i18n";

/** One row per response to one question, as one piece of escaped markup (see lib/html/markup.ts). */
function answerRows(questionId: string, responses: readonly ResponseOnPage[]) {
  const sensitive = html`<strong>${t("consultation.sensitiveMarker")} </strong>`;
  const councilSize = t("consultation.exportKind_council");
  return html`${responses.map((r) => {
    const answer = r.answers.get(questionId);
    return html`<tr>
      <td>${r.respondent}</td>
      <td>${r.sizeClass ? t(`consultation.size_${r.sizeClass}`) : councilSize}</td>
      <td>${answer?.sensitive ? sensitive : ""}${answer ? answerText(answer.value) : "—"}</td>
    </tr>`;
  })}`;
}

/** The officer's table of what every response on the page answered to one question. */
export function AnswersTable({ questionId, responses }: { questionId: string; responses: readonly ResponseOnPage[] }) {
  return (
    <div className="inkoop-table-scroll">
      <table className="inkoop-table">
        <thead>
          <tr>
            <th scope="col">{t("consultation.exportRespondent")}</th>
            <th scope="col">{t("consultation.exportSize")}</th>
            <th scope="col">{t("consultation.response")}</th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={innerHtml(answerRows(questionId, responses))} />
      </table>
    </div>
  );
}
