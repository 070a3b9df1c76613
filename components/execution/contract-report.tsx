import { DataRow } from "@/components/ui/data-row";
import type { ClientCount } from "@/lib/contract/reads";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { TableHead } from "@/components/ui/table-head";

type Report = {
  clientCounts: ClientCount[];
  complaintsCount: number;
  complaintsNature: string;
  complaintsHandling: string;
  calamities: string;
  certificateValidUntil: string | null;
  submittedAt: Date;
};

/** The provider's structured report for a contract-management meeting. */
export function ContractReportView({ report }: { report: Report }) {
  return (
    <div className="inkoop-card" data-testid="contract-report">
      <p className="utrecht-paragraph">
        {t("cmMeeting.reportSubmittedAt", { at: formatDateTime(report.submittedAt) })}
      </p>
      <table className="utrecht-table inkoop-table">
        <caption className="utrecht-table__caption">{t("cmMeeting.clientCounts")}</caption>
        <TableHead columns={[t("cmMeeting.product"), t("cmMeeting.municipality"), t("cmMeeting.clients")]} />
        <tbody className="utrecht-table__body">
          {report.clientCounts.map((c) => (
            <tr key={`${c.product}-${c.municipality}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">{c.product}</td>
              <td className="utrecht-table__cell">{c.municipality}</td>
              <td className="utrecht-table__cell">{c.clients}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="utrecht-data-list">
        <DataRow label={t("cmMeeting.complaintsCount")}>{report.complaintsCount}</DataRow>
        <DataRow label={t("cmMeeting.complaintsNature")}>{report.complaintsNature}</DataRow>
        <DataRow label={t("cmMeeting.complaintsHandling")}>{report.complaintsHandling}</DataRow>
        <DataRow label={t("cmMeeting.calamities")}>{report.calamities}</DataRow>
        <DataRow label={t("cmMeeting.certificateValidUntil")}>
          {report.certificateValidUntil ? formatDate(report.certificateValidUntil) : t("cmMeeting.noCertificate")}
        </DataRow>
      </dl>
    </div>
  );
}
