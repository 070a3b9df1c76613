import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { ContractFacts } from "@/components/execution/contract-facts";
import { ContractDocumentList } from "@/components/execution/document-list";
import { KpiDefinitions } from "@/components/execution/kpi-definitions";
import { KpiResults } from "@/components/execution/kpi-results";
import { SpecForm } from "@/components/execution/spec-form";
import { requirePermission } from "@/lib/auth/guard";
import { contractForActor } from "@/lib/contract/access";
import { listSampleChecksFor, loadContractDetailsFor } from "@/lib/contract/reads";
import { canExtend } from "@/lib/contract/terms";
import { SHORTFALL_SOURCES } from "@/lib/escalation/ladder";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDate, t } from "@/lib/i18n";
import { currentYear, lastCompletedYear } from "@/lib/kpi/measurement-year";
import { isBelowNorm, KPI_UNITS, scoreKpi } from "@/lib/kpi/scoring";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { sampleCheckProposesEscalation } from "@/lib/performance/due-dates";
import { addKpiAction, extendContractAction, importMeasurementsAction, saveMeasurementAction } from "../actions";
import { startEscalationAction } from "../escalation-actions";
import { ContractAgreementsSection } from "./agreements-section";
import { ContractMeetingsSection } from "./meetings-section";
import { ContractKpiDataSection } from "./kpi-data-section";

export const metadata: Metadata = { title: "Contract" };

/** A two-line CSV the officer can copy: the header and one result for the last measurement year. */
function importExample(subregion = "Zaanstad en Wormerland", year: number) {
  return `deelregio;jaar;kpi;waarde;cliënten\n${subregion};${year};result_achieved;72,5;48`;
}

export default async function OfficerContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/contracten/${rawId}`, "contract.administer");
  const db = await getDb();
  const contract = await orNotFound(contractForActor(db, actor, idParam(rawId)));
  const [{ scope, kpis, measurements, escalations, documents }, trajectory, checks] = await Promise.all([
    loadContractDetailsFor(db, actor, contract),
    getTrajectoryOrThrow(db, contract.trajectoryId),
    listSampleChecksFor(db, actor, contract),
  ]);
  const now = new Date();
  const created = (await searchParams).aangemaakt === "1";
  const below = measurements.filter((m) => {
    const kpi = kpis.find((k) => k.id === m.kpiId);
    return kpi && isBelowNorm(scoreKpi(kpi, m.value, m.clientsInCare));
  });
  // A sample above 10% opens step 1 itself; the hint stays only for one that could not (a ladder was open).
  const sampleProposes = checks[0]
    ? !checks[0].escalationId && sampleCheckProposesEscalation(checks[0].filesDrawn, checks[0].filesFailing)
    : false;
  const openLadder = escalations.find((e) => e.step === "step1" || e.step === "step2");
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/contracten">
          {t("contract.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{contract.title}</h1>
      {created ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t("contract.created")}</p>
        </div>
      ) : null}
      <ContractFacts
        contract={contract}
        trajectoryTitle={trajectory.title}
        products={scope.products}
        subregions={scope.subregions}
        now={now}
      />
      {scope.extensions.length ? (
        <ul className="utrecht-unordered-list">
          {scope.extensions.map((e) => (
            <li key={e.id} className="utrecht-unordered-list__item">
              {t("contract.extensionDecided", { date: formatDate(e.decidedOn) })}: {e.evaluation}
            </li>
          ))}
        </ul>
      ) : null}
      {canExtend(contract.termForm, contract.extensionsUsed) ? (
        <details>
          <summary>{t("contract.extend")}</summary>
          <SpecForm
            action={extendContractAction}
            idPrefix="verlenging"
            label={t("contract.extend")}
            submitLabel={t("contract.extendSubmit")}
            hidden={{ contractId: contract.id }}
            fields={[
              { kind: "date", name: "decidedOn", label: t("contract.decidedOn"), required: true },
              {
                kind: "textarea",
                name: "evaluation",
                label: t("contract.evaluation"),
                required: true,
                rows: 4,
                maxLength: 5000,
              },
              {
                kind: "textarea",
                name: "clientExperience",
                label: t("contract.clientExperience"),
                required: true,
                rows: 4,
                maxLength: 5000,
                description: t("contract.clientExperienceHint"),
              },
            ]}
          />
        </details>
      ) : null}

      <section aria-labelledby="kpis">
        <h2 id="kpis" className="utrecht-heading-2">
          {t("kpi.heading")}
        </h2>
        <KpiDefinitions kpis={kpis} />
        <details>
          <summary>{t("kpi.addCustom")}</summary>
          <SpecForm
            action={addKpiAction}
            idPrefix="kpi"
            label={t("kpi.addCustom")}
            submitLabel={t("kpi.addSubmit")}
            variant="secondary"
            hidden={{ contractId: contract.id }}
            fields={[
              { kind: "text", name: "name", label: t("kpi.name"), required: true, maxLength: 120 },
              {
                kind: "select",
                name: "unit",
                label: t("kpi.unit"),
                required: true,
                options: KPI_UNITS.map((u) => ({ value: u, label: t(`kpi.unit_${u}`) })),
              },
              {
                kind: "number",
                name: "norm",
                label: t("kpi.normField"),
                required: true,
                description: t("kpi.normHint"),
              },
              { kind: "number", name: "goodFrom", label: t("kpi.goodFromField"), description: t("kpi.goodFromHint") },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="resultaten">
        <h2 id="resultaten" className="utrecht-heading-2">
          {t("kpi.results")}
        </h2>
        <p className="utrecht-paragraph">{t("kpi.rules")}</p>
        <KpiResults kpis={kpis} measurements={measurements} now={now} />
        <h3 className="utrecht-heading-3">{t("kpi.enter")}</h3>
        <SpecForm
          action={saveMeasurementAction}
          idPrefix="resultaat"
          label={t("kpi.enter")}
          submitLabel={t("kpi.save")}
          hidden={{ contractId: contract.id }}
          fields={[
            {
              kind: "select",
              name: "kpiId",
              label: t("kpi.kpi"),
              required: true,
              options: kpis.map((k) => ({ value: k.id, label: k.name })),
            },
            {
              kind: "select",
              name: "subregionId",
              label: t("kpi.subregion"),
              required: true,
              options: scope.subregions.map((s) => ({ value: s.id, label: s.name })),
            },
            {
              kind: "number",
              name: "year",
              label: t("kpi.year"),
              required: true,
              defaultValue: String(lastCompletedYear(now)),
              description: t("kpi.yearHint"),
            },
            { kind: "number", name: "value", label: t("kpi.value"), required: true, description: t("kpi.valueHint") },
            {
              kind: "number",
              name: "clientsInCare",
              label: t("kpi.clients"),
              required: true,
              description: t("kpi.clientsHint"),
            },
          ]}
        />
        <details>
          <summary>{t("kpi.import")}</summary>
          <p className="utrecht-paragraph">{t("kpi.importHint")}</p>
          <pre className="inkoop-preview">{importExample(scope.subregions[0]?.name, currentYear(now) - 1)}</pre>
          <SpecForm
            action={importMeasurementsAction}
            idPrefix="import"
            label={t("kpi.import")}
            submitLabel={t("kpi.importSubmit")}
            variant="secondary"
            hidden={{ contractId: contract.id }}
            fields={[
              { kind: "textarea", name: "csv", label: t("kpi.csvText"), rows: 6, maxLength: 200000 },
              { kind: "file", name: "file", label: t("kpi.csvFile"), accept: ".csv,text/csv" },
            ]}
          />
        </details>
      </section>

      <ContractKpiDataSection
        actor={actor}
        contract={contract}
        subregions={scope.subregions}
        productCode={scope.products[0]?.code ?? "WMO-BI"}
        now={now}
      />

      <section aria-labelledby="escalatie">
        <h2 id="escalatie" className="utrecht-heading-2">
          {t("ladder.heading")}
        </h2>
        {below.length ? (
          <p className="utrecht-paragraph" data-testid="below-norm">
            {t("ladder.belowNormHint", { count: below.length })}
          </p>
        ) : null}
        {sampleProposes ? (
          <p className="utrecht-paragraph" data-testid="sample-proposes">
            {t("agreement.sampleProposes")}
          </p>
        ) : null}
        {escalations.length ? (
          <ul className="utrecht-unordered-list">
            {escalations.map((e) => (
              <li key={e.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/beheer/contracten/${contract.id}/escalatie/${e.id}`}>
                  {t("ladder.linkLabel", { date: formatDate(e.openedAt), step: t(`ladder.step_${e.step}`) })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("ladder.none")}</p>
        )}
        {openLadder ? null : (
          <SpecForm
            action={startEscalationAction}
            idPrefix="escalatie"
            label={t("ladder.start")}
            submitLabel={t("ladder.startSubmit")}
            hidden={{ contractId: contract.id }}
            fields={[
              {
                kind: "select",
                name: "source",
                label: t("ladder.source"),
                required: true,
                defaultValue: sampleProposes ? "sample_check" : below.length ? "kpi" : undefined,
                options: SHORTFALL_SOURCES.map((s) => ({ value: s, label: t(`ladder.source_${s}`) })),
              },
              {
                kind: "textarea",
                name: "shortfall",
                label: t("ladder.shortfall"),
                required: true,
                rows: 4,
                maxLength: 3000,
                description: t("ladder.shortfallHint"),
              },
              {
                kind: "date",
                name: "talkOn",
                label: t("ladder.talkOn"),
                required: true,
                defaultValue: amsterdamDay(now),
              },
            ]}
          />
        )}
      </section>

      <ContractAgreementsSection actor={actor} contract={contract} now={now} />
      <ContractMeetingsSection actor={actor} contract={contract} now={now} />

      <section aria-labelledby="documenten">
        <h2 id="documenten" className="utrecht-heading-2">
          {t("contractDoc.heading")}
        </h2>
        <ContractDocumentList documents={documents} empty={t("contractDoc.none")} />
      </section>
    </article>
  );
}
