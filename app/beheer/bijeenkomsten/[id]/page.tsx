import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listCouncilMembers, listProducts, listProvidersFiltered, listSubregions } from "@/db/queries/reference";
import { AttendanceForm } from "@/components/meeting/attendance-form";
import { MeetingFacts } from "@/components/meeting/meeting-facts";
import { ProviderFilter, parseProviderFilter } from "@/components/consultation/provider-filter";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { InvitationForm } from "@/components/ui/invitation-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { listInviteesForStaff, listMinutesVersionsForStaff, loadMeetingForStaff } from "@/lib/meeting/reads";
import { listRepliesForStaff } from "@/lib/meeting/replies";
import { formatDateTime, t } from "@/lib/i18n";
import { inviteToMeetingAction, recordAttendanceAction, sendMeetingInvitationsAction } from "../actions";
import { MinutesVersions } from "@/components/minutes/minutes-versions";

export const metadata: Metadata = { title: "Bijeenkomst" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function OfficerMeetingPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/bijeenkomsten/${rawId}`, "meeting.administer");
  const db = await getDb();
  const meeting = await orNotFound(loadMeetingForStaff(db, actor, idParam(rawId)));
  const query = await searchParams;
  const filter = parseProviderFilter(query);
  const [invitees, versions, providerOptions, people, products, subregions] = await Promise.all([
    listInviteesForStaff(db, actor, meeting.id),
    listMinutesVersionsForStaff(db, actor, meeting.id),
    listProvidersFiltered(db, filter),
    listCouncilMembers(db),
    listProducts(db),
    listSubregions(db),
  ]);
  const now = new Date();
  const upcoming = meeting.endsAt > now;
  const replies = await listRepliesForStaff(
    db,
    actor,
    invitees.map((i) => i.id),
  );
  const invitedProviders = new Set(invitees.map((i) => i.providerId));
  const invitedPeople = new Set(invitees.map((i) => i.userId));
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${meeting.trajectoryId}`}>
          {t("trajectory.back")}
        </Link>
        {meeting.tableId ? (
          <>
            {" · "}
            <Link className="utrecht-link" href={`/beheer/overlegtafels/${meeting.tableId}/sessies/${meeting.id}`}>
              {t("overlegtafel.compositionLink")}
            </Link>
          </>
        ) : null}
        {meeting.consultationId ? (
          <>
            {" · "}
            <Link className="utrecht-link" href={`/beheer/consultaties/${meeting.consultationId}`}>
              {t("meeting.consultation")}
            </Link>
          </>
        ) : null}
      </p>
      <h1 className="utrecht-heading-1">{meeting.title}</h1>
      {query.aangemaakt === "1" || query.verstuurd || query.gewijzigd || query.afgezegd ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {query.verstuurd
              ? t("meeting.invitationsSent", { count: Number(query.verstuurd) || 0 })
              : query.gewijzigd
                ? t("meeting.edited", { count: Number(query.gewijzigd) || 0 })
                : query.afgezegd
                  ? t("meeting.cancelDone", { count: Number(query.afgezegd) || 0 })
                  : t("meeting.created")}
          </p>
        </div>
      ) : null}
      {meeting.cancelledAt ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">
            {t("meeting.cancelledNotice", {
              at: formatDateTime(meeting.cancelledAt),
              reason: meeting.cancelReason ?? "",
            })}
          </p>
        </div>
      ) : (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/beheer/bijeenkomsten/${meeting.id}/bewerken`}>
            {upcoming ? t("meeting.editOrCancel") : t("meeting.edit")}
          </Link>
        </p>
      )}
      <MeetingFacts meeting={meeting} showOnlineLink />
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={`/beheer/bijeenkomsten/${meeting.id}/verslag`}
        >
          {t("meeting.minutesLink")}
        </Link>
      </p>
      <MinutesVersions
        meetingId={meeting.id}
        versions={versions}
        headingId="gepubliceerd"
        heading={t("meeting.publishedMinutes")}
      />
      <section aria-labelledby="genodigden">
        <h2 id="genodigden" className="utrecht-heading-2">
          {t("meeting.invitees")}
        </h2>
        {meeting.invitationsSentAt ? (
          <p className="utrecht-paragraph">
            {t("meeting.invitationsSentAt", { at: formatDateTime(meeting.invitationsSentAt) })}
          </p>
        ) : null}
        {invitees.length === 0 ? <p className="utrecht-paragraph">{t("meeting.noInviteesYet")}</p> : null}
        {invitees.length && meeting.startsAt <= now && !meeting.cancelledAt ? (
          <>
            <h3 className="utrecht-heading-3">{t("meeting.attendance")}</h3>
            <p className="utrecht-paragraph">{t("meeting.attendanceHint")}</p>
            <AttendanceForm meetingId={meeting.id} invitees={invitees} action={recordAttendanceAction} />
          </>
        ) : (
          <ul className="utrecht-unordered-list">
            {invitees.map((i) => (
              <li key={i.id} className="utrecht-unordered-list__item">
                {i.name}
              </li>
            ))}
          </ul>
        )}
        {invitees.length ? (
          <>
            <h3 className="utrecht-heading-3">{t("meetingReply.staffTitle")}</h3>
            <ul className="utrecht-unordered-list" data-testid="meeting-replies">
              {invitees.map((i) => {
                const r = replies.get(i.id);
                return (
                  <li key={i.id} className="utrecht-unordered-list__item">
                    {i.name}:{" "}
                    {r
                      ? t(`meetingReply.staff_${r.reply}`, { by: r.by, at: formatDateTime(r.repliedAt) })
                      : t("meetingReply.staffNone")}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        {upcoming && invitees.length && !meeting.invitationsSentAt && !meeting.cancelledAt ? (
          <div className="inkoop-card">
            <p className="utrecht-paragraph">{t("meeting.sendInvitationsHint")}</p>
            <InlineActionForm
              action={sendMeetingInvitationsAction}
              hidden={{ meetingId: meeting.id }}
              submitLabel={t("meeting.sendInvitations")}
              label={t("meeting.sendInvitations")}
              variant="primary"
            />
          </div>
        ) : null}
        {meeting.cancelledAt ? null : (
          <>
            {upcoming ? null : <p className="utrecht-paragraph">{t("meeting.pastInviteesHint")}</p>}
            <ProviderFilter
              action={`/beheer/bijeenkomsten/${meeting.id}`}
              filter={filter}
              products={products}
              subregions={subregions}
            />
            <InvitationForm
              hidden={{ meetingId: meeting.id }}
              providers={providerOptions
                .filter((p) => !invitedProviders.has(p.id))
                .map((p) => ({ value: p.id, label: `${p.name} (${t(`consultation.size_${p.sizeClass}`)})` }))}
              people={people
                .filter((p) => !invitedPeople.has(p.id))
                .map((p) => ({ value: p.id, label: `${p.name} — ${p.council}` }))}
              action={inviteToMeetingAction}
            />
          </>
        )}
      </section>
    </article>
  );
}
