import type { TrajectoryDetail } from "@/db/queries/trajectories";
import { formatEuro, t } from "@/lib/i18n";
import { SAS_THRESHOLD_EUR } from "@/lib/trajectory/constants";
import { CHANGE_LATITUDE, procedureValueMismatch, sasThresholdApplies } from "@/lib/trajectory/legal-stage";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

export function TrajectoryFacts({ detail }: { detail: TrajectoryDetail }) {
  const { trajectory: tr } = detail;
  const sas = sasThresholdApplies(tr.estimatedValue);
  const threshold = formatEuro(SAS_THRESHOLD_EUR);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      <Row label={t("trajectory.domain")}>{t(`domain.${tr.domain}`)}</Row>
      <Row label={t("trajectory.products")}>{detail.products.map((p) => p.name).join(", ")}</Row>
      <Row label={t("trajectory.municipalities")}>{detail.municipalities.map((m) => m.name).join(", ")}</Row>
      <Row label={t("trajectory.subregions")}>{detail.subregions.join(", ")}</Row>
      <Row label={t("trajectory.procedure")}>{t(`procedure.${tr.procedureType}`)}</Row>
      <Row label={t("trajectory.estimatedValue")}>
        {tr.estimatedValue == null ? t("trajectory.unknownValue") : formatEuro(tr.estimatedValue)}
        {sas !== null ? <p className="utrecht-paragraph inkoop-muted">{sas ? t("sas.applies", { threshold }) : t("sas.below", { threshold })}</p> : null}
        {procedureValueMismatch(tr.procedureType, tr.estimatedValue) ? <p className="utrecht-paragraph"><strong>{t("sas.mismatch")}</strong></p> : null}
      </Row>
      <Row label={t("trajectory.legalStage")}>
        {t(`legalStage.${tr.legalStage}`)}
        <p className="utrecht-paragraph inkoop-muted">{t(`legalStage.latitude_${CHANGE_LATITUDE[tr.legalStage]}`)}</p>
      </Row>
    </dl>
  );
}
