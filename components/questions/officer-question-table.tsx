import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { formatDateTime, t } from "@/lib/i18n";
import type { OfficerQuestionRow } from "@/lib/questions/officer-reads";

/** `base` is the officers' questions page of the consultation or trajectory. */
type Props = { base: string; rows: OfficerQuestionRow[]; roundNumbers: Record<string, number> };

const excerpt = (body: string) => (body.length > 160 ? `${body.slice(0, 157)}…` : body);

/**
 * Every question of a consultation (or a trajectory as a whole) in one list, for officers: with who asked,
 * which only they see.
 */
export function OfficerQuestionTable({ base, rows, roundNumbers }: Props) {
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("questions.officerNone")}</p>;
  return (
    <table className="utrecht-table" data-testid="officer-questions">
      <TableHead
        columns={[
          "#",
          t("questions.colQuestion"),
          t("questions.colAsker"),
          t("questions.colState"),
          t("questions.colAnswer"),
          t("questions.colRound"),
        ]}
      />
      <tbody className="utrecht-table__body">
        {rows.map(({ q, askerName, providerName }, i) => (
          <tr key={q.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{i + 1}</td>
            <td className="utrecht-table__cell">
              <Link className="utrecht-link" href={`${base}/${q.id}`}>
                {excerpt(q.body)}
              </Link>
              <br />
              {formatDateTime(q.askedAt)}
            </td>
            <td className="utrecht-table__cell">
              {providerName
                ? t("questions.askerLine", { name: askerName, provider: providerName })
                : t("questions.askerPerson", { name: askerName })}
            </td>
            <td className="utrecht-table__cell">{t(`questions.state_${q.state}`)}</td>
            <td className="utrecht-table__cell">{t(`questions.answer_${q.answerState}`)}</td>
            <td className="utrecht-table__cell">{q.roundId ? (roundNumbers[q.roundId] ?? "") : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
