import { DataRow } from "@/components/ui/data-row";
import { formatDate, t } from "@/lib/i18n";
import { contractEndDate, contractStatus, maxExtensions } from "@/lib/contract/terms";
import { amsterdamDay } from "@/lib/time/amsterdam";

type Props = {
  contract: {
    reference: string;
    providerName: string;
    awardedOn: string;
    startsOn: string;
    termForm: "2+2" | "2+2+2";
    termFormReason: string | null;
    extensionsUsed: number;
  };
  trajectoryTitle?: string;
  products: { name: string }[];
  subregions: { name: string }[];
  now: Date;
};

export function ContractFacts({ contract, trajectoryTitle, products, subregions, now }: Props) {
  const endsOn = contractEndDate(contract.startsOn, contract.extensionsUsed);
  const status = contractStatus(contract.startsOn, endsOn, amsterdamDay(now));
  return (
    <dl className="utrecht-data-list">
      <DataRow label={t("contract.reference")}>{contract.reference}</DataRow>
      <DataRow label={t("contract.provider")}>{contract.providerName}</DataRow>
      {trajectoryTitle ? <DataRow label={t("contract.trajectory")}>{trajectoryTitle}</DataRow> : null}
      <DataRow label={t("contract.products")}>{products.map((p) => p.name).join(", ")}</DataRow>
      <DataRow label={t("contract.subregions")}>{subregions.map((s) => s.name).join(", ")}</DataRow>
      <DataRow label={t("contract.status")}>{t(`contract.status_${status}`)}</DataRow>
      <DataRow label={t("contract.awardedOn")}>{formatDate(contract.awardedOn)}</DataRow>
      <DataRow label={t("contract.startsOn")}>{formatDate(contract.startsOn)}</DataRow>
      <DataRow label={t("contract.endsOn")}>{formatDate(endsOn)}</DataRow>
      <DataRow label={t("contract.termForm")}>
        {t(`contract.term_${contract.termForm === "2+2" ? "standard" : "exception"}`)} —{" "}
        {t("contract.extensionsUsed", { used: contract.extensionsUsed, max: maxExtensions(contract.termForm) })}
        {contract.termFormReason ? ` (${contract.termFormReason})` : ""}
      </DataRow>
    </dl>
  );
}
