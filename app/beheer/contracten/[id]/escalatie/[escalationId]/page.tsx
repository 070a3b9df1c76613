import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { LadderView } from "@/components/execution/ladder-view";
import { SpecForm } from "@/components/execution/spec-form";
import { requirePermission } from "@/lib/auth/guard";
import { contractForActor } from "@/lib/contract/access";
import { loadEscalationFor } from "@/lib/contract/reads";
import {
  DEFAULT_PLAN_TERM_DAYS,
  SHORTCUT_GROUNDS,
  STEP2_FAILURE_GROUNDS,
  addCalendarDays,
} from "@/lib/escalation/ladder";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { amsterdamDay } from "@/lib/time/amsterdam";
import {
  assessPlanAction,
  confirmRealisedAction,
  holdTalkAction,
  measuresAction,
  step3Action,
} from "../../../escalation-actions";

export const metadata: Metadata = { title: "Escalatieladder" };

type Props = {
  params: Promise<{ id: string; escalationId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export default async function OfficerLadderPage({ params, searchParams }: Props) {
  const raw = await params;
  const fromSample = (await searchParams).steekproef === "1";
  const actor = await requirePermission(
    `/beheer/contracten/${raw.id}/escalatie/${raw.escalationId}`,
    "contract.administer",
  );
  const db = await getDb();
  const contract = await orNotFound(contractForActor(db, actor, idParam(raw.id)));
  const { escalation, events } = await orNotFound(loadEscalationFor(db, actor, contract, idParam(raw.escalationId)));
  const today = amsterdamDay(new Date());
  const hidden = { escalationId: escalation.id };
  const grounds = escalation.step === "step1" ? SHORTCUT_GROUNDS : STEP2_FAILURE_GROUNDS;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/contracten/${contract.id}`}>
          {t("ladder.backToContract", { reference: contract.reference })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("ladder.title", { provider: contract.providerName })}</h1>
      {fromSample && escalation.source === "sample_check" ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t("agreement.sampleOpened")}</p>
        </div>
      ) : null}
      <LadderView escalation={escalation} events={events} today={today} />
      {escalation.step === "step1" ? (
        <section aria-labelledby="gesprek">
          <h2 id="gesprek" className="utrecht-heading-2">
            {t("ladder.talk")}
          </h2>
          <p className="utrecht-paragraph">{t("ladder.talkHint")}</p>
          <SpecForm
            action={holdTalkAction}
            idPrefix="gesprek"
            label={t("ladder.talk")}
            submitLabel={t("ladder.talkSubmit")}
            hidden={hidden}
            fields={[
              {
                kind: "date",
                name: "talkOn",
                label: t("ladder.talkHeldOn"),
                required: true,
                defaultValue: escalation.talkOn,
              },
              {
                kind: "textarea",
                name: "agreements",
                label: t("ladder.agreements"),
                required: true,
                rows: 5,
                maxLength: 5000,
                description: t("ladder.agreementsHint"),
              },
              {
                kind: "number",
                name: "termDays",
                label: t("ladder.termDays"),
                required: true,
                defaultValue: String(DEFAULT_PLAN_TERM_DAYS),
                description: t("ladder.termDaysHint"),
              },
              {
                kind: "textarea",
                name: "termReason",
                label: t("ladder.termReason"),
                rows: 2,
                maxLength: 1000,
                description: t("ladder.termReasonHint"),
              },
            ]}
          />
        </section>
      ) : null}
      {escalation.step === "step2" && escalation.planStatus === "submitted" ? (
        <section aria-labelledby="beoordelen">
          <h2 id="beoordelen" className="utrecht-heading-2">
            {t("ladder.assess")}
          </h2>
          <SpecForm
            action={assessPlanAction}
            idPrefix="beoordeling"
            label={t("ladder.assess")}
            submitLabel={t("ladder.assessSubmit")}
            hidden={hidden}
            fields={[
              {
                kind: "select",
                name: "decision",
                label: t("ladder.decision"),
                required: true,
                options: [
                  { value: "accept", label: t("ladder.decision_accept") },
                  { value: "reject", label: t("ladder.decision_reject") },
                ],
              },
              {
                kind: "date",
                name: "realisationDueOn",
                label: t("ladder.realisationDueOn"),
                defaultValue: addCalendarDays(today, 90),
                description: t("ladder.realisationHint"),
              },
              {
                kind: "textarea",
                name: "explanation",
                label: t("ladder.explanation"),
                rows: 3,
                maxLength: 3000,
                description: t("ladder.explanationHint"),
              },
            ]}
          />
        </section>
      ) : null}
      {escalation.step === "step2" ? (
        <section aria-labelledby="maatregelen">
          <h2 id="maatregelen" className="utrecht-heading-2">
            {t("ladder.measures")}
          </h2>
          <SpecForm
            action={measuresAction}
            idPrefix="maatregelen"
            label={t("ladder.measures")}
            submitLabel={t("ladder.measuresSubmit")}
            variant="secondary"
            hidden={hidden}
            fields={[
              {
                kind: "checkbox",
                name: "clientStop",
                label: t("ladder.clientStop"),
                defaultChecked: escalation.clientStop,
              },
              {
                kind: "checkbox",
                name: "thirdParty",
                label: t("ladder.thirdParty"),
                defaultChecked: escalation.thirdParty,
              },
              {
                kind: "textarea",
                name: "reason",
                label: t("ladder.measuresReason"),
                required: true,
                rows: 2,
                maxLength: 2000,
              },
            ]}
          />
          {escalation.realisationReportedAt ? (
            <SpecForm
              action={confirmRealisedAction}
              idPrefix="gerealiseerd"
              label={t("ladder.confirm")}
              submitLabel={t("ladder.confirm")}
              hidden={hidden}
              fields={[]}
            />
          ) : null}
        </section>
      ) : null}
      {escalation.step === "step1" || escalation.step === "step2" ? (
        <section aria-labelledby="stap3">
          <h2 id="stap3" className="utrecht-heading-2">
            {t("ladder.toStep3")}
          </h2>
          <p className="utrecht-paragraph">
            {t(escalation.step === "step1" ? "ladder.shortcutHint" : "ladder.step3Hint")}
          </p>
          <SpecForm
            action={step3Action}
            idPrefix="stap3"
            label={t("ladder.toStep3")}
            submitLabel={t("ladder.toStep3Submit")}
            variant="secondary"
            confirm={{
              question: t("confirm.step3Question"),
              consequence: t("confirm.step3Consequence"),
              confirmLabel: t("confirm.step3Confirm"),
            }}
            hidden={hidden}
            fields={[
              {
                kind: "select",
                name: "ground",
                label: t("ladder.step3Ground"),
                options: [
                  { value: "", label: t("ladder.noGround") },
                  ...grounds.map((g) => ({ value: g, label: t(`ladder.ground_${g}`) })),
                ],
              },
              {
                kind: "textarea",
                name: "explanation",
                label: t("ladder.explanation"),
                required: true,
                rows: 3,
                maxLength: 3000,
              },
            ]}
          />
        </section>
      ) : null}
    </article>
  );
}
