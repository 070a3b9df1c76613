import { DataRow } from "@/components/ui/data-row";
import type { TrajectoryDetail } from "@/lib/trajectory/types";
import { formatEuro, t } from "@/lib/i18n";
import { SAS_THRESHOLD_EUR } from "@/lib/trajectory/constants";
import { CHANGE_LATITUDE, procedureValueMismatch, sasThresholdApplies } from "@/lib/trajectory/legal-stage";

export function TrajectoryFacts({ detail }: { detail: TrajectoryDetail }) {
  const { trajectory: tr } = detail;
  const sas = sasThresholdApplies(tr.estimatedValue);
  const threshold = formatEuro(SAS_THRESHOLD_EUR);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      <DataRow label={t("trajectory.domain")}>{t(`domain.${tr.domain}`)}</DataRow>
      <DataRow label={t("trajectory.products")}>{detail.products.map((p) => p.name).join(", ")}</DataRow>
      <DataRow label={t("trajectory.municipalities")}>{detail.municipalities.map((m) => m.name).join(", ")}</DataRow>
      <DataRow label={t("trajectory.subregions")}>{detail.subregions.join(", ")}</DataRow>
      <DataRow label={t("trajectory.procedure")}>{t(`procedure.${tr.procedureType}`)}</DataRow>
      <DataRow label={t("trajectory.estimatedValue")}>
        {tr.estimatedValue == null ? t("trajectory.unknownValue") : formatEuro(tr.estimatedValue)}
        {sas !== null ? (
          <p className="utrecht-paragraph inkoop-muted">
            {sas ? t("sas.applies", { threshold }) : t("sas.below", { threshold })}
          </p>
        ) : null}
        {procedureValueMismatch(tr.procedureType, tr.estimatedValue) ? (
          <p className="utrecht-paragraph">
            <strong>{t("sas.mismatch")}</strong>
          </p>
        ) : null}
      </DataRow>
      <DataRow label={t("trajectory.legalStage")}>
        {t(`legalStage.${tr.legalStage}`)}
        <p className="utrecht-paragraph inkoop-muted">{t(`legalStage.latitude_${CHANGE_LATITUDE[tr.legalStage]}`)}</p>
      </DataRow>
    </dl>
  );
}
