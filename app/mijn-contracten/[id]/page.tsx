import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { AgreementTable } from "@/components/execution/agreement-table";
import { InterimRequests } from "@/components/execution/interim-requests";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { ContractFacts } from "@/components/execution/contract-facts";
import { ContractDocumentList } from "@/components/execution/document-list";
import { KpiDefinitions } from "@/components/execution/kpi-definitions";
import { KpiResults } from "@/components/execution/kpi-results";
import { SpecForm } from "@/components/execution/spec-form";
import { requirePermission } from "@/lib/auth/guard";
import { contractForActor } from "@/lib/contract/access";
import {
  listAgreementsFor,
  listContractMeetingsFor,
  loadContractDetailsFor,
  reportGridFor,
} from "@/lib/contract/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { deliverAgreementAction, deliverInterimAction, respondToResultAction } from "../actions";
import { ContractReportForm } from "../report-form";
import { ContractReportView } from "@/components/execution/contract-report";
import { KpiComputation } from "@/components/execution/kpi-computation";
import { listDataImportsFor } from "@/lib/kpi/measurement/reads";

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,application/pdf";

export const metadata: Metadata = { title: "Mijn contract" };

/** A provider's own contract; another provider's contract is "not found". */
export default async function MyContractPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/mijn-contracten/${rawId}`, "contract.list_own");
  const db = await getDb();
  const contract = await orNotFound(contractForActor(db, actor, idParam(rawId)));
  const [{ scope, kpis, measurements, escalations, documents }, agreements, meetings, grid, dataImports] =
    await Promise.all([
      loadContractDetailsFor(db, actor, contract),
      listAgreementsFor(db, actor, contract),
      listContractMeetingsFor(db, actor, contract),
      reportGridFor(db, actor, contract),
      listDataImportsFor(db, actor, contract),
    ]);
  const now = new Date();
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/mijn-contracten">
          {t("myContracts.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{contract.title}</h1>
      <ContractFacts contract={contract} products={scope.products} subregions={scope.subregions} now={now} />
      <section aria-labelledby="kpis">
        <h2 id="kpis" className="utrecht-heading-2">
          {t("kpi.heading")}
        </h2>
        <KpiDefinitions kpis={kpis} />
        <h2 className="utrecht-heading-2">{t("kpi.results")}</h2>
        <p className="utrecht-paragraph">{t("myContracts.resultsIntro")}</p>
        <KpiResults
          kpis={kpis}
          measurements={measurements}
          now={now}
          respond={(m) => (
            <SpecForm
              action={respondToResultAction}
              idPrefix={`reactie-${m.id}`}
              label={t("kpi.respondLabel", {
                kpi: kpis.find((k) => k.id === m.kpiId)?.name ?? "",
                subregion: m.subregionName,
              })}
              submitLabel={t("kpi.respond")}
              variant="secondary"
              hidden={{ measurementId: m.id }}
              fields={[
                {
                  kind: "textarea",
                  name: "response",
                  label: t("kpi.yourResponse"),
                  rows: 3,
                  maxLength: 3000,
                  defaultValue: m.providerResponse ?? undefined,
                },
              ]}
            />
          )}
        />
        <KpiComputation imports={dataImports} />
      </section>
      <section aria-labelledby="prestatieafspraken">
        <h2 id="prestatieafspraken" className="utrecht-heading-2">
          {t("agreement.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("agreement.providerIntro")}</p>
        <AgreementTable
          agreements={agreements}
          today={amsterdamDay(now)}
          action={(a, due) =>
            due ? (
              <SpecForm
                action={deliverAgreementAction}
                idPrefix={`levering-${a.id}`}
                label={t("agreement.deliverLabel", { title: a.title })}
                submitLabel={t("agreement.deliver")}
                variant="secondary"
                hidden={{ agreementId: a.id }}
                fields={[{ kind: "file", name: "file", label: t("agreement.report"), accept: ACCEPT }]}
              />
            ) : null
          }
        />
      </section>
      <section aria-labelledby="tussentijds">
        <h2 id="tussentijds" className="utrecht-heading-2">
          {t("agreement.interimHeading")}
        </h2>
        {agreements.some((a) => a.interimRequests.some((r) => !r.delivery)) ? (
          <p className="utrecht-paragraph">{t("agreement.interimProviderIntro")}</p>
        ) : null}
        <InterimRequests
          agreements={agreements}
          action={(a, r) => (
            <SpecForm
              action={deliverInterimAction}
              idPrefix={`tussentijds-${r.id}`}
              label={t("agreement.interimDeliverLabel", { title: a.title })}
              submitLabel={t("agreement.interimDeliver")}
              variant="secondary"
              hidden={{ agreementId: a.id, interimRequestId: r.id }}
              fields={[{ kind: "file", name: "file", label: t("agreement.report"), accept: ACCEPT }]}
            />
          )}
        />
      </section>
      <section aria-labelledby="contractgesprekken">
        <h2 id="contractgesprekken" className="utrecht-heading-2">
          {t("cmMeeting.heading")}
        </h2>
        {meetings.length === 0 ? <p className="utrecht-paragraph">{t("cmMeeting.noneYet")}</p> : null}
        {meetings.map((m) => (
          <div key={m.id}>
            <h3 className="utrecht-heading-3">
              <Link className="utrecht-link" href={`/bijeenkomsten/${m.id}`}>
                {m.title}
              </Link>
            </h3>
            <p className="utrecht-paragraph">
              {formatDateTime(m.startsAt)} — {m.location}
            </p>
            {m.startsAt > now ? (
              <>
                <p className="utrecht-paragraph">{t("cmMeeting.reportIntro")}</p>
                <ContractReportForm meetingId={m.id} grid={grid} previous={m.report} />
              </>
            ) : m.report ? (
              <ContractReportView report={m.report} />
            ) : (
              <p className="utrecht-paragraph">{t("cmMeeting.noReport")}</p>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="escalatie">
        <h2 id="escalatie" className="utrecht-heading-2">
          {t("ladder.heading")}
        </h2>
        {escalations.length ? (
          <ul className="utrecht-unordered-list">
            {escalations.map((e) => (
              <li key={e.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/mijn-contracten/${contract.id}/escalatie/${e.id}`}>
                  {t("ladder.linkLabel", { date: formatDate(e.openedAt), step: t(`ladder.step_${e.step}`) })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("ladder.none")}</p>
        )}
      </section>
      <section aria-labelledby="documenten">
        <h2 id="documenten" className="utrecht-heading-2">
          {t("contractDoc.heading")}
        </h2>
        <ContractDocumentList documents={documents} empty={t("contractDoc.none")} />
      </section>
    </article>
  );
}
