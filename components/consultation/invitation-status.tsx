import { formatDateTime, t } from "@/lib/i18n";

type Row = {
  id: string;
  name: string;
  openedAt: Date | null;
  remindedAt: Date | null;
  responseStatus: "draft" | "submitted" | null;
};

export function InvitationStatus({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("consultation.noInvitations")}</p>;
  return (
    <div className="inkoop-table-scroll">
      <table className="inkoop-table" data-testid="invitation-status">
        <thead>
          <tr>
            <th scope="col">{t("consultation.invitee")}</th>
            <th scope="col">{t("consultation.opened")}</th>
            <th scope="col">{t("consultation.response")}</th>
            <th scope="col">{t("consultation.remindedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.openedAt ? formatDateTime(r.openedAt) : "—"}</td>
              <td>{t(`consultation.response_${r.responseStatus ?? "none"}`)}</td>
              <td>{r.remindedAt ? formatDateTime(r.remindedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
