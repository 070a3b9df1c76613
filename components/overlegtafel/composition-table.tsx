import type { ReactNode } from "react";
import type { CompositionDetail } from "@/lib/overlegtafel/reads";
import { t } from "@/lib/i18n";
import { TableHead } from "@/components/ui/table-head";

type Member = CompositionDetail["members"][number];

/** The reason shown for a provider: a manual change, exclusion or replacement overrides the proposal's. */
export const reasonOf = (m: Pick<Member, "changeReason" | "proposedReason">) => m.changeReason ?? m.proposedReason;

export function CompositionTable({ members, action }: { members: Member[]; action?: (m: Member) => ReactNode }) {
  return (
    <table className="utrecht-table" data-testid="composition">
      <TableHead
        columns={[
          t("overlegtafel.col_provider"),
          t("overlegtafel.col_class"),
          t("overlegtafel.col_subregion"),
          t("overlegtafel.col_invited"),
          t("overlegtafel.col_reason"),
          action ? t("overlegtafel.col_change") : null,
        ]}
      />
      <tbody className="utrecht-table__body">
        {members.map((m) => (
          <tr key={m.providerId} className="utrecht-table__row" data-invited={m.invited ? "ja" : "nee"}>
            <th className="utrecht-table__header-cell" scope="row">
              {m.providerName}
            </th>
            <td className="utrecht-table__cell">{t(`overlegtafel.classShort_${m.sizeClass}`)}</td>
            <td className="utrecht-table__cell">{m.subregionName}</td>
            <td className="utrecht-table__cell">{m.invited ? t("overlegtafel.yes") : t("overlegtafel.no")}</td>
            <td className="utrecht-table__cell">
              {m.changeReason ? t("overlegtafel.manualChange", { reason: m.changeReason }) : m.proposedReason}
            </td>
            {action ? <td className="utrecht-table__cell">{action(m)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClassCounts({ members }: { members: Member[] }) {
  const invited = members.filter((m) => m.invited);
  const n = (c: string) => invited.filter((m) => m.sizeClass === c).length;
  return (
    <p className="utrecht-paragraph" data-testid="class-counts">
      {t("overlegtafel.invitedCount", {
        large: n("large"),
        medium: n("medium"),
        small: n("small"),
        unclassified: n("unclassified"),
      })}
    </p>
  );
}
