import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { RemarkForm } from "@/components/minutes/remark-form";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { loadCheckCopyFor } from "@/lib/minutes/reads";
import { addMinutesRemarkAction } from "@/app/beheer/bijeenkomsten/verslag-actions";

export const metadata: Metadata = { title: t("minutes.checkTitle") };

/** Attendees read the copy built through the publication gate during the optional check; never the original. */
export default async function MinutesCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const db = await getDb();
  const actor = await getCurrentActor();
  const { meeting, copy } = await orNotFound(loadCheckCopyFor(db, actor, idParam((await params).id)));
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">
        {t("minutes.checkTitle")}: {meeting.title}
      </h1>
      <p className="utrecht-paragraph">{t("minutes.checkIntro", { deadline: formatDateTime(copy.deadline) })}</p>
      <MinutesHtml html={copy.html} />
      <RemarkForm meetingId={meeting.id} action={addMinutesRemarkAction} />
    </article>
  );
}
