import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { MeetingFacts } from "@/components/meeting/meeting-facts";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadMeetingFor } from "@/lib/meeting/reads";
import { MinutesVersions } from "@/components/minutes/minutes-versions";
import { InvitationReply } from "@/components/meeting/invitation-reply";
import { loadOwnReply } from "@/lib/meeting/replies";
import { can } from "@/lib/policy";
import { replyToInvitationAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const db = await getDb();
  const actor = await getCurrentActor();
  return { db, actor, ...(await orNotFound(loadMeetingFor(db, actor, idParam(rawId)))) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  const { db, actor, meeting, mayJoin, invited, versions } = await load((await params).id);
  const ended = meeting.endsAt <= new Date();
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{meeting.title}</h1>
      <p className="utrecht-paragraph">
        {t("consultation.trajectory")}: {meeting.trajectoryTitle}
        {meeting.consultationId ? (
          <>
            {" · "}
            <Link className="utrecht-link" href={`/consultaties/${meeting.consultationId}`}>
              {t("meeting.consultation")}
            </Link>
          </>
        ) : null}
      </p>
      <MeetingFacts meeting={meeting} showOnlineLink={mayJoin} />
      {mayJoin ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`/bijeenkomsten/${meeting.id}/agenda`} download="bijeenkomst.ics">
            {t("meetingReply.calendar")}
          </a>
        </p>
      ) : null}
      {invited && !can(actor, "meeting.administer") ? (
        <InvitationReply
          meetingId={meeting.id}
          current={await loadOwnReply(db, actor, meeting.id)}
          mayReply={can(actor, "meeting.reply", { invited, ended })}
          action={replyToInvitationAction}
        />
      ) : null}
      <MinutesVersions
        meetingId={meeting.id}
        versions={versions}
        headingId="verslag"
        heading={t("meeting.publishedMinutes")}
      />
    </article>
  );
}
