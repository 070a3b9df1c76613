import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db/client";
import { listConsultationAttachments } from "@/db/queries/trajectories";
import { Discussion } from "@/components/consultation/discussion";
import { CONSULTATION_CLIENT_TEXTS } from "@/components/consultation/texts";
import { ClientTexts } from "@/components/ui/client-texts";
import { ConsultationSummary } from "@/components/consultation/consultation-summary";
import { ResponseForm } from "@/components/consultation/response-form";
import { SharedResponses } from "@/components/consultation/shared-responses";
import { SessionList } from "@/components/meeting/session-list";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { loadSessionsFor } from "@/lib/meeting/reads";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { speakingFor } from "@/lib/auth/actor";
import {
  COMMENT_CURSOR,
  listChangesFor,
  listSharedResponsesFor,
  pageCommentsFor,
  loadConsultationFor,
  markInvitationOpened,
} from "@/lib/consultation/reads";
import { findOwnResponse } from "@/lib/consultation/responses";
import { respondHint } from "@/lib/consultation/respond-hint";
import { RespondHintNotice } from "@/components/consultation/respond-hint";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { parsePaging, type RawParams } from "@/lib/paging/request";
import { can } from "@/lib/policy";
import { getProviderName } from "@/db/queries/reference";
import { QuestionsLink } from "./questions-link";
import { flagCommentAction, hideCommentAction, postCommentAction, saveResponseAction } from "../actions";
import { editCommentAction } from "../moderation-actions";
import { addAttachmentAction, removeAttachmentAction } from "../attachment-actions";
import { AttachmentList } from "@/components/consultation/attachment-list";
import { AttachmentUploadForm } from "@/components/consultation/attachment-upload-form";
import { attachmentsOf, MAX_ATTACHMENT_BYTES } from "@/lib/consultation/attachments";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

// Metadata and page load the same consultation in one request: once.
const load = cache(async (rawId: string) => {
  const db = await getDb();
  const actor = await getCurrentActor();
  const loaded = await orNotFound(loadConsultationFor(db, actor, idParam(rawId)));
  return { db, actor, ...loaded };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation } = await load((await params).id);
  return { title: consultation.title };
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const [{ db, actor, ...visible }, address] = await Promise.all([load((await params).id), searchParams]);
  const { consultation, resource } = visible;
  const mayRespond = can(actor, "consultation.respond", resource);
  const providerId = speakingFor(actor);
  const paging = parsePaging(address, COMMENT_CURSOR);
  // Everything below depends only on the consultation, so it is read side by side; the shared
  // responses leave out the visitor's own and so wait for it.
  const ownResponse = actor && mayRespond ? findOwnResponse(db, consultation.id, actor) : Promise.resolve(null);
  const [own, shared, comments, providerName, attachments, changes, sessions] = await Promise.all([
    ownResponse,
    ownResponse.then((mine) => listSharedResponsesFor(db, actor, visible, mine?.id ?? null)),
    pageCommentsFor(db, actor, visible, paging.request),
    providerId ? getProviderName(db, providerId) : undefined,
    listConsultationAttachments(db, consultation.id),
    listChangesFor(db, actor, visible),
    consultation.form === "oral" ? loadSessionsFor(db, actor, consultation) : [],
    actor && resource.invited ? markInvitationOpened(db, consultation.id, actor) : null,
  ]);
  const hint = respondHint(
    actor,
    { audience: consultation.audience, state: resource.state },
    {
      respond: mayRespond,
      comment: can(actor, "consultation.comment", resource),
    },
  );
  return (
    <ClientTexts keys={CONSULTATION_CLIENT_TEXTS}>
      <article className="inkoop-stack">
        <h1 className="utrecht-heading-1">{consultation.title}</h1>
        <ConsultationSummary
          consultation={consultation}
          state={resource.state}
          attachments={attachments}
          changes={changes}
        />
        <QuestionsLink db={db} actor={actor} visible={visible} />
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
            <SessionList sessions={sessions} showOnlineLink={mayRespond || resource.invited} />
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
        {hint ? <RespondHintNotice hint={hint} returnPath={`/consultaties/${consultation.id}`} /> : null}
        {shared ? <SharedResponses questions={consultation.questions} responses={shared} /> : null}
        <Discussion
          consultationId={consultation.id}
          comments={comments.items}
          canComment={can(actor, "consultation.comment", resource)}
          canModerate={can(actor, "consultation.manage", resource)}
          signedIn={actor !== null}
          editable={comments.items
            .filter((c) =>
              can(actor, "comment.edit", { ...resource, authorId: c.authorId, hidden: c.hiddenAt !== null }),
            )
            .map((c) => c.id)}
          actions={{
            post: postCommentAction,
            flag: flagCommentAction,
            hide: hideCommentAction,
            edit: editCommentAction,
          }}
        />
        <PagingError message={paging.error} />
        <Pagination
          label={t("paging.label.comments")}
          page={comments}
          links={pageLinks(`/consultaties/${consultation.id}`, address, [], comments)}
        />
      </article>
    </ClientTexts>
  );
}
