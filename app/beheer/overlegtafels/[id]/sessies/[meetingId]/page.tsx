import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { ClassCounts, CompositionTable } from "@/components/overlegtafel/composition-table";
import { FieldsForm } from "@/components/overlegtafel/fields-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { loadSessionForStaff } from "@/lib/overlegtafel/reads";
import { can } from "@/lib/policy";
import {
  acceptReplacementAction,
  changeMemberAction,
  fixAction,
  proposeAction,
  withdrawAction,
} from "../../../actions";

export const metadata: Metadata = { title: "Samenstelling overlegtafel" };

type Props = { params: Promise<{ id: string; meetingId: string }> };

export default async function SessionCompositionPage({ params }: Props) {
  const raw = await params;
  const actor = await requirePermission(`/beheer/overlegtafels/${raw.id}/sessies/${raw.meetingId}`, "table.list_all");
  const db = await getDb();
  const { table, meeting, composition, exclusions } = await orNotFound(
    loadSessionForStaff(db, actor, idParam(raw.id), idParam(raw.meetingId)),
  );
  const mayAdminister = can(actor, "table.administer");
  const upcoming = meeting.endsAt > new Date();
  const hidden = { tableId: table.id, meetingId: meeting.id };
  // Who left a fixed session (excluded or withdrew); changes before fixing are part of the composition itself.
  const fixedAt = composition?.fixedAt ?? null;
  const leavers =
    composition?.members.filter(
      (m) => m.replacementProviderId || (!m.invited && fixedAt && m.changedAt && m.changedAt > fixedAt),
    ) ?? [];
  // Providers left out of this session whose exclusion the officer has since lifted.
  const liftedHere =
    upcoming && composition
      ? exclusions.filter(
          (e) => e.liftedAt && composition.members.some((m) => m.providerId === e.providerId && !m.invited),
        )
      : [];
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/overlegtafels/${table.id}`}>
          {t("overlegtafel.sessionBack")}
        </Link>
        {" · "}
        <Link className="utrecht-link" href={`/beheer/bijeenkomsten/${meeting.id}`}>
          {t("overlegtafel.meetingLink")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {meeting.title} — {formatDateTime(meeting.startsAt)}
      </h1>
      {!composition ? (
        <>
          <p className="utrecht-paragraph">{t("overlegtafel.noComposition")}</p>
          <p className="utrecht-paragraph">{t("overlegtafel.compositionRule")}</p>
          {mayAdminister ? (
            <InlineActionForm
              action={proposeAction}
              hidden={hidden}
              label={t("overlegtafel.propose")}
              submitLabel={t("overlegtafel.propose")}
              variant="primary"
            />
          ) : null}
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {composition.mode === "all"
              ? t("overlegtafel.modeAll", { count: composition.relevantCount })
              : t("overlegtafel.modeCapped", { count: composition.relevantCount })}
          </p>
          <ClassCounts members={composition.members} />
          <p className="utrecht-paragraph">{t("overlegtafel.seedLine", { seed: composition.seed })}</p>
          {composition.status === "fixed" ? (
            <div className="utrecht-alert utrecht-alert--ok" role="status">
              <p className="utrecht-paragraph">
                {t("overlegtafel.fixedAt", { at: formatDateTime(composition.fixedAt!) })}
              </p>
              {composition.overCapReason ? (
                <p className="utrecht-paragraph">
                  {t("overlegtafel.overCapNote", { reason: composition.overCapReason })}
                </p>
              ) : null}
              {meeting.invitationsSentAt ? (
                <p className="utrecht-paragraph">
                  {t("meeting.invitationsSentAt", { at: formatDateTime(meeting.invitationsSentAt) })}
                </p>
              ) : null}
            </div>
          ) : null}

          {liftedHere.map((e) => (
            <div key={e.id} className="utrecht-alert utrecht-alert--info" role="status" data-testid="lifted-exclusion">
              <p className="utrecht-paragraph">
                {t(
                  composition.status === "fixed"
                    ? "overlegtafel.liftedNoticeFixed"
                    : "overlegtafel.liftedNoticeProposed",
                  { name: e.providerName, liftedOn: formatDate(e.endsOn) },
                )}
              </p>
            </div>
          ))}

          {leavers.length ? (
            <section aria-labelledby="vervanging">
              <h2 id="vervanging" className="utrecht-heading-2">
                {t("overlegtafel.replacementTitle")}
              </h2>
              {leavers.map((m) => {
                const replacement = composition.members.find((x) => x.providerId === m.replacementProviderId);
                return (
                  <div key={m.providerId} className="inkoop-card" data-testid="replacement">
                    <p className="utrecht-paragraph">
                      {replacement
                        ? t("overlegtafel.replacementFor", {
                            leaving: m.providerName,
                            replacement: replacement.providerName,
                            reason: m.replacementReason ?? "",
                          })
                        : t("overlegtafel.noReplacement", { leaving: m.providerName })}
                    </p>
                    {replacement?.invited ? (
                      <p className="utrecht-paragraph">
                        {t("overlegtafel.replacementInvited", { name: replacement.providerName })}
                      </p>
                    ) : null}
                    {replacement && !replacement.invited && mayAdminister && upcoming ? (
                      <InlineActionForm
                        action={acceptReplacementAction}
                        hidden={{ ...hidden, leavingProviderId: m.providerId }}
                        label={t("overlegtafel.acceptReplacement")}
                        submitLabel={t("overlegtafel.acceptReplacement")}
                        variant="primary"
                      />
                    ) : null}
                  </div>
                );
              })}
            </section>
          ) : null}

          <CompositionTable
            members={composition.members}
            action={
              mayAdminister && composition.status === "proposed"
                ? (m) => (
                    <details>
                      <summary>{m.invited ? t("overlegtafel.leaveOut") : t("overlegtafel.inviteAnyway")}</summary>
                      <FieldsForm
                        action={changeMemberAction}
                        idPrefix={`wijziging-${m.providerId}`}
                        label={t("overlegtafel.changeLabel", { name: m.providerName })}
                        hidden={{ ...hidden, providerId: m.providerId, invited: String(!m.invited) }}
                        fields={[
                          {
                            kind: "textarea",
                            name: "reason",
                            label: t("overlegtafel.changeReason"),
                            required: true,
                            maxLength: 500,
                            rows: 2,
                          },
                        ]}
                        submitLabel={m.invited ? t("overlegtafel.leaveOut") : t("overlegtafel.inviteAnyway")}
                        variant="secondary"
                      />
                    </details>
                  )
                : mayAdminister && upcoming && composition.status === "fixed"
                  ? (m) =>
                      m.invited ? (
                        <details>
                          <summary>{t("overlegtafel.withdraw")}</summary>
                          <FieldsForm
                            action={withdrawAction}
                            idPrefix={`afmelding-${m.providerId}`}
                            label={t("overlegtafel.withdrawLabel", { name: m.providerName })}
                            hidden={{ ...hidden, providerId: m.providerId }}
                            fields={[
                              {
                                kind: "textarea",
                                name: "reason",
                                label: t("overlegtafel.reason"),
                                required: true,
                                maxLength: 500,
                                rows: 2,
                              },
                            ]}
                            submitLabel={t("overlegtafel.withdraw")}
                            variant="secondary"
                          />
                        </details>
                      ) : null
                  : undefined
            }
          />

          {mayAdminister && composition.status === "proposed" ? (
            <>
              <section aria-labelledby="vaststellen" className="inkoop-card">
                <h2 id="vaststellen" className="utrecht-heading-2">
                  {t("overlegtafel.fixTitle")}
                </h2>
                <p className="utrecht-paragraph">{t("overlegtafel.fixHint")}</p>
                <FieldsForm
                  action={fixAction}
                  idPrefix="vaststellen"
                  label={t("overlegtafel.fixTitle")}
                  hidden={hidden}
                  fields={[
                    {
                      kind: "textarea",
                      name: "overCapReason",
                      label: t("overlegtafel.overCapReason"),
                      description: t("overlegtafel.overCapReasonHint"),
                      maxLength: 1000,
                    },
                  ]}
                  submitLabel={t("overlegtafel.fix")}
                />
              </section>
              <InlineActionForm
                action={proposeAction}
                hidden={hidden}
                label={t("overlegtafel.proposeAgain")}
                submitLabel={t("overlegtafel.proposeAgain")}
              />
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
