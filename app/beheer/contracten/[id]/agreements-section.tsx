import Link from "next/link";
import { getDb } from "@/db/client";
import { AgreementTable } from "@/components/execution/agreement-table";
import { InterimRequests } from "@/components/execution/interim-requests";
import { SpecForm } from "@/components/execution/spec-form";
import type { Actor } from "@/lib/auth/actor";
import type { ContractForActor } from "@/lib/contract/access";
import { listAgreementsFor, listSampleChecksFor } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";
import { FREQUENCIES, sampleCheckProposesEscalation } from "@/lib/performance/due-dates";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { addDays } from "@/lib/time/calendar-day";
import {
  addAgreementAction,
  requestDeliveryAction,
  requestInterimAction,
  sampleCheckAction,
} from "../agreement-actions";

type SectionProps = { actor: Actor; contract: ContractForActor; now: Date };

/** Performance agreements of a contract with due dates and overdue flags, and the sample checks. */
export async function ContractAgreementsSection({ actor, contract, now }: SectionProps) {
  const db = await getDb();
  const contractId = contract.id;
  const [agreements, checks] = await Promise.all([
    listAgreementsFor(db, actor, contract),
    listSampleChecksFor(db, actor, contract),
  ]);
  const today = amsterdamDay(now);
  return (
    <section aria-labelledby="prestatieafspraken">
      <h2 id="prestatieafspraken" className="utrecht-heading-2">
        {t("agreement.heading")}
      </h2>
      <AgreementTable
        agreements={agreements}
        today={today}
        action={(a) =>
          a.interimOnRequest && a.interimRequests.every((r) => r.delivery) ? (
            <SpecForm
              action={requestInterimAction}
              idPrefix={`tussentijds-${a.id}`}
              label={t("agreement.interimRequestLabel", { title: a.title })}
              submitLabel={t("agreement.interimRequest")}
              variant="secondary"
              hidden={{ agreementId: a.id }}
              fields={[
                { kind: "date", name: "dueOn", label: t("agreement.interimDueOn"), required: true },
                {
                  kind: "textarea",
                  name: "reason",
                  label: t("agreement.interimReason"),
                  required: true,
                  rows: 2,
                  maxLength: 2000,
                  description: t("agreement.interimReasonHint"),
                },
              ]}
            />
          ) : a.frequency === "on_request" ? (
            <SpecForm
              action={requestDeliveryAction}
              idPrefix={`verzoek-${a.id}`}
              label={t("agreement.requestLabel", { title: a.title })}
              submitLabel={t("agreement.request")}
              variant="secondary"
              hidden={{ agreementId: a.id }}
              fields={[{ kind: "date", name: "requestedDueOn", label: t("agreement.requestedDueOn"), required: true }]}
            />
          ) : null
        }
      />
      <h3 id="tussentijds" className="utrecht-heading-3">
        {t("agreement.interimHeading")}
      </h3>
      <InterimRequests agreements={agreements} />
      <details>
        <summary>{t("agreement.add")}</summary>
        <SpecForm
          action={addAgreementAction}
          idPrefix="afspraak"
          label={t("agreement.add")}
          submitLabel={t("agreement.addSubmit")}
          variant="secondary"
          hidden={{ contractId }}
          fields={[
            { kind: "text", name: "title", label: t("agreement.title"), required: true, maxLength: 300 },
            {
              kind: "select",
              name: "frequency",
              label: t("agreement.frequency"),
              required: true,
              options: FREQUENCIES.map((f) => ({ value: f, label: t(`agreement.frequency_${f}`) })),
            },
            {
              kind: "date",
              name: "firstDueOn",
              label: t("agreement.firstDueOn"),
              description: t("agreement.firstDueHint"),
            },
          ]}
        />
      </details>
      <h3 className="utrecht-heading-3">{t("agreement.sampleHeading")}</h3>
      <p className="utrecht-paragraph">{t("agreement.sampleRule")}</p>
      {checks.length ? (
        <ul className="utrecht-unordered-list">
          {checks.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item" data-testid="sample-check">
              {t("agreement.sampleResult", {
                date: formatDate(c.checkedOn),
                failing: c.filesFailing,
                drawn: c.filesDrawn,
              })}
              {sampleCheckProposesEscalation(c.filesDrawn, c.filesFailing) ? (
                <strong className="inkoop-below-norm"> — {t("agreement.sampleProposesShort")}</strong>
              ) : null}
              {c.escalationId ? (
                <>
                  {" "}
                  <Link className="utrecht-link" href={`/beheer/contracten/${contractId}/escalatie/${c.escalationId}`}>
                    {t("agreement.sampleLadderLink")}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <SpecForm
        action={sampleCheckAction}
        idPrefix="steekproef"
        label={t("agreement.sampleHeading")}
        submitLabel={t("agreement.sampleSubmit")}
        variant="secondary"
        hidden={{ contractId }}
        fields={[
          { kind: "date", name: "checkedOn", label: t("agreement.checkedOn"), required: true, defaultValue: today },
          { kind: "number", name: "filesDrawn", label: t("agreement.filesDrawn"), required: true },
          {
            kind: "number",
            name: "filesFailing",
            label: t("agreement.filesFailing"),
            required: true,
            description: t("agreement.filesFailingHint"),
          },
          { kind: "textarea", name: "note", label: t("agreement.note"), rows: 2, maxLength: 2000 },
          {
            kind: "date",
            name: "talkOn",
            label: t("agreement.sampleTalkOn"),
            defaultValue: addDays(today, 14),
            description: t("agreement.sampleTalkOnHint"),
          },
        ]}
      />
    </section>
  );
}
