import Link from "next/link";
import { getDb } from "@/db/client";
import { ContractReportView } from "@/components/execution/contract-report";
import { SpecForm } from "@/components/execution/spec-form";
import type { Actor } from "@/lib/auth/actor";
import type { ContractForActor } from "@/lib/contract/access";
import { STANDARD_AGENDA } from "@/lib/contract/meeting-agenda";
import { listContractMeetingsFor } from "@/lib/contract/reads";
import { formatDateTime, t } from "@/lib/i18n";
import { currentYear } from "@/lib/kpi/measurement-year";
import { createContractMeetingAction } from "../meeting-actions";

type SectionProps = { actor: Actor; contract: ContractForActor; now: Date };

/** The yearly contract-management meetings: planned with the standard agenda, with the provider's report. */
export async function ContractMeetingsSection({ actor, contract, now }: SectionProps) {
  const contractId = contract.id;
  const meetings = await listContractMeetingsFor(await getDb(), actor, contract);
  const year = currentYear(now);
  return (
    <section aria-labelledby="contractgesprekken">
      <h2 id="contractgesprekken" className="utrecht-heading-2">
        {t("cmMeeting.heading")}
      </h2>
      <p className="utrecht-paragraph">{t("cmMeeting.rule")}</p>
      {meetings.some((m) => m.year === year) ? null : (
        <p className="utrecht-paragraph" data-testid="meeting-missing">
          <strong className="inkoop-below-norm">{t("cmMeeting.missing", { year })}</strong>
        </p>
      )}
      {meetings.map((m) => (
        <div key={m.id}>
          <h3 className="utrecht-heading-3">
            <Link className="utrecht-link" href={`/beheer/bijeenkomsten/${m.id}`}>
              {m.title}
            </Link>
          </h3>
          <p className="utrecht-paragraph">
            {formatDateTime(m.startsAt)} — {m.location} · {t(`cmMeeting.audience_${m.minutesAudience}`)}
          </p>
          {m.report ? (
            <ContractReportView report={m.report} />
          ) : (
            <p className="utrecht-paragraph">{t("cmMeeting.noReport")}</p>
          )}
        </div>
      ))}
      <details>
        <summary>{t("cmMeeting.plan")}</summary>
        <SpecForm
          action={createContractMeetingAction}
          idPrefix="gesprek"
          label={t("cmMeeting.plan")}
          submitLabel={t("cmMeeting.planSubmit")}
          textDecision
          hidden={{ contractId }}
          fields={[
            { kind: "number", name: "year", label: t("cmMeeting.year"), required: true, defaultValue: String(year) },
            { kind: "datetime-local", name: "startsAt", label: t("cmMeeting.startsAt"), required: true },
            { kind: "datetime-local", name: "endsAt", label: t("cmMeeting.endsAt"), required: true },
            { kind: "text", name: "location", label: t("cmMeeting.location"), required: true, maxLength: 300 },
            {
              kind: "textarea",
              name: "agenda",
              label: t("cmMeeting.agenda"),
              required: true,
              rows: 14,
              maxLength: 5000,
              defaultValue: STANDARD_AGENDA,
              description: t("cmMeeting.agendaHint"),
            },
            { kind: "checkbox", name: "providerOnly", label: t("cmMeeting.providerOnly"), defaultChecked: true },
          ]}
        />
      </details>
    </section>
  );
}
