import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { MeetingEditForm } from "@/components/meeting/meeting-edit-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { TextAreaField } from "@/components/ui/fields";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadMeetingForStaff } from "@/lib/meeting/reads";
import { toLocalInputValue } from "@/lib/time/amsterdam";
import { cancelMeetingAction, editMeetingAction } from "../../actions";

export const metadata: Metadata = { title: t("meeting.edit") };

type Props = { params: Promise<{ id: string }> };

export default async function EditMeetingPage({ params }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/bijeenkomsten/${rawId}/bewerken`, "meeting.administer");
  const meeting = await orNotFound(loadMeetingForStaff(await getDb(), actor, idParam(rawId)));
  if (meeting.cancelledAt) notFound();
  const started = meeting.startsAt <= new Date();
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/bijeenkomsten/${meeting.id}`}>
          {meeting.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("meeting.edit")}</h1>
      <p className="utrecht-paragraph">{t("meeting.editHint")}</p>
      <MeetingEditForm
        meetingId={meeting.id}
        defaults={{
          title: meeting.title,
          startsAt: toLocalInputValue(meeting.startsAt),
          endsAt: toLocalInputValue(meeting.endsAt),
          location: meeting.location ?? "",
          onlineUrl: meeting.onlineUrl ?? "",
          agenda: meeting.agenda,
        }}
        action={editMeetingAction}
      />
      {started ? null : (
        <section className="inkoop-card" aria-labelledby="afzeggen">
          <h2 id="afzeggen" className="utrecht-heading-2">
            {t("meeting.cancel")}
          </h2>
          <p className="utrecht-paragraph">{t("meeting.cancelHint")}</p>
          <InlineActionForm
            action={cancelMeetingAction}
            hidden={{ meetingId: meeting.id }}
            submitLabel={t("meeting.cancel")}
            label={t("meeting.cancel")}
            confirm={{
              question: t("confirm.cancelMeetingQuestion"),
              consequence: t("confirm.cancelMeetingConsequence"),
              confirmLabel: t("confirm.cancelMeetingConfirm"),
            }}
          >
            <TextAreaField
              idPrefix="afzeggen"
              name="reason"
              label={t("meeting.cancelReason")}
              required
              rows={3}
              maxLength={1000}
            />
          </InlineActionForm>
        </section>
      )}
    </article>
  );
}
