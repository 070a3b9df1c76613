import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { LadderView } from "@/components/execution/ladder-view";
import { SpecForm } from "@/components/execution/spec-form";
import { requirePermission } from "@/lib/auth/guard";
import { contractForActor } from "@/lib/contract/access";
import { loadEscalationFor } from "@/lib/contract/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { reportRealisationAction, submitPlanAction } from "../../../actions";

export const metadata: Metadata = { title: "Escalatieladder" };

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,application/pdf";

export default async function ProviderLadderPage({
  params,
}: {
  params: Promise<{ id: string; escalationId: string }>;
}) {
  const raw = await params;
  const actor = await requirePermission(
    `/mijn-contracten/${raw.id}/escalatie/${raw.escalationId}`,
    "contract.list_own",
  );
  const db = await getDb();
  const contract = await orNotFound(contractForActor(db, actor, idParam(raw.id)));
  const { escalation, events } = await orNotFound(loadEscalationFor(db, actor, contract, idParam(raw.escalationId)));
  const hidden = { escalationId: escalation.id };
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/mijn-contracten/${contract.id}`}>
          {t("ladder.backToContract", { reference: contract.reference })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("ladder.ownTitle", { reference: contract.reference })}</h1>
      <LadderView escalation={escalation} events={events} today={amsterdamDay(new Date())} />
      {escalation.step === "step2" && (escalation.planStatus === "awaited" || escalation.planStatus === "submitted") ? (
        <section aria-labelledby="verbeterplan">
          <h2 id="verbeterplan" className="utrecht-heading-2">
            {t("ladder.uploadPlan")}
          </h2>
          <p className="utrecht-paragraph">{t("ladder.uploadPlanHint")}</p>
          <SpecForm
            action={submitPlanAction}
            idPrefix="verbeterplan"
            label={t("ladder.uploadPlan")}
            submitLabel={t("ladder.uploadPlanSubmit")}
            hidden={hidden}
            fields={[
              {
                kind: "file",
                name: "file",
                label: t("ladder.file"),
                accept: ACCEPT,
                description: t("ladder.fileHint"),
              },
            ]}
          />
        </section>
      ) : null}
      {escalation.step === "step2" && escalation.planStatus === "accepted" ? (
        <section aria-labelledby="realisatie">
          <h2 id="realisatie" className="utrecht-heading-2">
            {t("ladder.uploadRealisation")}
          </h2>
          <SpecForm
            action={reportRealisationAction}
            idPrefix="realisatie"
            label={t("ladder.uploadRealisation")}
            submitLabel={t("ladder.uploadRealisationSubmit")}
            hidden={hidden}
            fields={[
              {
                kind: "file",
                name: "file",
                label: t("ladder.file"),
                accept: ACCEPT,
                description: t("ladder.fileHint"),
              },
            ]}
          />
        </section>
      ) : null}
    </article>
  );
}
