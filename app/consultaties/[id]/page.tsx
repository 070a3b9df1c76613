import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listConsultationAttachments } from "@/db/queries/trajectories";
import { Discussion } from "@/components/consultation/discussion";
import { ConsultationSummary } from "@/components/consultation/consultation-summary";
import { ResponseForm } from "@/components/consultation/response-form";
import { SharedResponses } from "@/components/consultation/shared-responses";
import { SessionList } from "@/components/meeting/session-list";
import { loadSessionsFor } from "@/lib/meeting/reads";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { speakingFor } from "@/lib/auth/actor";
import {
  listChangesFor,
  listCommentsFor,
  listSharedResponsesFor,
  loadConsultationFor,
  markInvitationOpened,
} from "@/lib/consultation/reads";
import { findOwnResponse } from "@/lib/consultation/responses";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { getProviderName } from "@/db/queries/reference";
import { flagCommentAction, hideCommentAction, postCommentAction, saveResponseAction } from "../actions";
import { editCommentAction } from "../moderation-actions";
import { addAttachmentAction, removeAttachmentAction } from "../attachment-actions";
import { AttachmentList } from "@/components/consultation/attachment-list";
import { AttachmentUploadForm } from "@/components/consultation/attachment-upload-form";
import { attachmentsOf, MAX_ATTACHMENT_BYTES } from "@/lib/consultation/attachments";

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const db = await getDb();
  const actor = await getCurrentActor();
  const loaded = await orNotFound(loadConsultationFor(db, actor, idParam(rawId)));
  return { db, actor, ...loaded };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation } = await load((await params).id);
  return { title: consultation.title };
}

export default async function ConsultationPage({ params }: Props) {
  const { db, actor, ...visible } = await load((await params).id);
  const { consultation, resource } = visible;
  if (actor && resource.invited) await markInvitationOpened(db, consultation.id, actor);
  const mayRespond = can(actor, "consultation.respond", resource);
  const own = actor && mayRespond ? await findOwnResponse(db, consultation.id, actor) : null;
  const shared = await listSharedResponsesFor(db, actor, visible, own?.id ?? null);
  const comments = await listCommentsFor(db, actor, visible);
  const providerId = speakingFor(actor);
  const providerName = providerId ? await getProviderName(db, providerId) : undefined;
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{consultation.title}</h1>
      <ConsultationSummary
        consultation={consultation}
        state={resource.state}
        attachments={await listConsultationAttachments(db, consultation.id)}
        changes={await listChangesFor(db, actor, visible)}
      />
      {can(actor, "consultation.manage", resource) ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}`}>
            {t("consultation.workspaceLink")}
          </Link>
        </p>
      ) : null}
      {consultation.form === "oral" ? (
        <section aria-labelledby="sessies">
          <h2 id="sessies" className="utrecht-heading-2">
            {t("meeting.sessions")}
          </h2>
          <p className="utrecht-paragraph">{t("meeting.sessionsHint")}</p>
          <SessionList
            sessions={await loadSessionsFor(db, actor, consultation)}
            showOnlineLink={mayRespond || resource.invited}
          />
        </section>
      ) : null}
      {mayRespond && actor ? (
        <section aria-labelledby="reactie">
          <h2 id="reactie" className="utrecht-heading-2">
            {t("consultation.respondTitle")}
          </h2>
          {own?.status === "submitted" && own.submittedAt ? (
            <div className="utrecht-alert utrecht-alert--ok" role="status">
              <p className="utrecht-paragraph">
                {t("consultation.submittedAt", { at: formatDateTime(own.submittedAt), version: own.version })}
              </p>
            </div>
          ) : null}
          <ResponseForm
            consultationId={consultation.id}
            questions={consultation.questions}
            intro={
              providerName ? t("consultation.respondFor", { name: providerName }) : t("consultation.respondAsCouncil")
            }
            initial={{
              version: own?.version ?? 0,
              status: own?.status ?? null,
              answers: Object.fromEntries(
                (own?.answers ?? []).map((a) => [
                  a.questionId,
                  {
                    value: Array.isArray(a.value) ? a.value : a.value === null ? "" : String(a.value),
                    sensitive: a.competitionSensitive,
                  },
                ]),
              ),
            }}
            action={saveResponseAction}
          />
          <h3 className="utrecht-heading-3">{t("attachments.title")}</h3>
          {own ? (
            <>
              <AttachmentList
                attachments={await attachmentsOf(db, [own.id])}
                remove={{ consultationId: consultation.id, action: removeAttachmentAction }}
              />
              <AttachmentUploadForm
                consultationId={consultation.id}
                maxMb={MAX_ATTACHMENT_BYTES / 1024 / 1024}
                action={addAttachmentAction}
              />
            </>
          ) : (
            <p className="utrecht-paragraph">{t("attachments.saveDraftFirst")}</p>
          )}
        </section>
      ) : null}
      {shared ? <SharedResponses questions={consultation.questions} responses={shared} /> : null}
      <Discussion
        consultationId={consultation.id}
        comments={comments}
        canComment={can(actor, "consultation.comment", resource)}
        canModerate={can(actor, "consultation.manage", resource)}
        signedIn={actor !== null}
        editable={comments
          .filter((c) => can(actor, "comment.edit", { ...resource, authorId: c.authorId, hidden: c.hiddenAt !== null }))
          .map((c) => c.id)}
        actions={{ post: postCommentAction, flag: flagCommentAction, hide: hideCommentAction, edit: editCommentAction }}
      />
    </article>
  );
}
