import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { MeetingList } from "@/components/meeting/meeting-list";
import { listConsultationAttachments } from "@/db/queries/trajectories";
import { listCouncilMembers, listProducts, listProvidersFiltered, listSubregions } from "@/db/queries/reference";
import { ConsultationSummary } from "@/components/consultation/consultation-summary";
import {
  editIntroductionDraftKey,
  feedbackDraftKey,
  newIntroductionDraftPrefix,
} from "@/components/consultation/draft-keys";
import { DiscardDrafts } from "@/components/editor/discard-drafts";
import { InvitationForm } from "@/components/ui/invitation-form";
import { InvitationStatus } from "@/components/consultation/invitation-status";
import { ProviderFilter, parseProviderFilter } from "@/components/consultation/provider-filter";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { DocumentUploadForm } from "@/components/trajectory/document-upload-form";
import { uploadDocumentAction } from "@/app/beheer/trajecten/actions";
import { requirePermission } from "@/lib/auth/guard";
import {
  listChangesForOfficer,
  listInvitationStatusForOfficer,
  loadConsultationForOfficer,
} from "@/lib/consultation/reads";
import { effectiveState } from "@/lib/consultation/state-machine";
import { idParam, orNotFound } from "@/lib/http/params";
import { listMeetingsOfConsultation } from "@/lib/meeting/reads";
import { t } from "@/lib/i18n";
import { closeConsultationAction, inviteAction, publishConsultationAction, remindAction } from "../actions";

import { FeedbackSection } from "./feedback-section";

export const metadata: Metadata = { title: "Marktconsultatie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function OfficerConsultationPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/consultaties/${rawId}`, "consultation.administer");
  const db = await getDb();
  const id = idParam(rawId);
  const query = await searchParams;
  const filter = parseProviderFilter(query);
  // Everything here needs only the id, so it is read side by side; an unknown id fails the first.
  const [consultation, invitations, providerOptions, people, products, subregions, sessions] = await Promise.all([
    orNotFound(loadConsultationForOfficer(db, actor, id)),
    listInvitationStatusForOfficer(db, actor, id),
    listProvidersFiltered(db, filter),
    listCouncilMembers(db),
    listProducts(db),
    listSubregions(db),
    listMeetingsOfConsultation(db, actor, id),
  ]);
  const state = effectiveState(consultation, new Date());
  const invitedProviders = new Set(invitations.map((i) => i.providerId));
  const invitedPeople = new Set(invitations.map((i) => i.userId));
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${consultation.trajectoryId}`}>
          {t("trajectory.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{consultation.title}</h1>
      {/* A confirmed save: the drafts it came from are done with. */}
      <DiscardDrafts
        prefixes={[
          query.nieuw === "1" ? newIntroductionDraftPrefix(consultation.trajectoryId) : "",
          query.gewijzigd === "1" ? editIntroductionDraftKey(consultation.id) : "",
          query.terugkoppeling === "1" ? feedbackDraftKey(consultation.id) : "",
        ]}
      />
      {query.gepubliceerd === "1" ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t("consultation.published")}</p>
        </div>
      ) : null}
      {consultation.state === "draft" ? (
        <section className="inkoop-card" aria-labelledby="publiceren">
          <h2 id="publiceren" className="utrecht-heading-2">
            {t("consultation.publish")}
          </h2>
          <p className="utrecht-paragraph">{t("consultation.publishHint")}</p>
          <InlineActionForm
            action={publishConsultationAction}
            hidden={{ consultationId: consultation.id }}
            submitLabel={t("consultation.publish")}
            label={t("consultation.publish")}
            variant="primary"
            confirm={{
              question: t("confirm.publishConsultationQuestion"),
              consequence: t("confirm.publishConsultationConsequence"),
              confirmLabel: t("confirm.publishConsultationConfirm"),
            }}
          />
        </section>
      ) : null}
      {query.gesloten === "1" || query.terugkoppeling === "1" || query.gewijzigd === "1" ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {query.gesloten === "1"
              ? t("consultation.closed")
              : query.gewijzigd === "1"
                ? t("consultation.saved")
                : t("consultation.feedbackPublished")}
          </p>
        </div>
      ) : null}
      {state === "open" || state === "published" ? (
        <section className="inkoop-card" aria-labelledby="sluiten">
          <h2 id="sluiten" className="utrecht-heading-2">
            {t("consultation.closeNow")}
          </h2>
          <p className="utrecht-paragraph">{t("consultation.closeHint")}</p>
          <InlineActionForm
            action={closeConsultationAction}
            hidden={{ consultationId: consultation.id }}
            submitLabel={t("consultation.closeNow")}
            label={t("consultation.closeNow")}
            confirm={{
              question: t("confirm.closeQuestion"),
              consequence: t("confirm.closeConsequence"),
              confirmLabel: t("confirm.closeConfirm"),
            }}
          />
        </section>
      ) : null}
      {state === "closed" ? <FeedbackSection actor={actor} consultation={consultation} /> : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}/reacties`}>
          {t("consultation.responsesLink")}
        </Link>
        {" · "}
        <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}/vragen`}>
          {t("questions.officerLink")}
        </Link>
        {state !== "closed" && state !== "feedback_published" ? (
          <>
            {" · "}
            <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}/bewerken`}>
              {t("consultation.edit")}
            </Link>
          </>
        ) : null}
      </p>
      <ConsultationSummary
        consultation={consultation}
        state={state}
        attachments={await listConsultationAttachments(db, consultation.id)}
        changes={await listChangesForOfficer(db, actor, consultation.id)}
      />
      {state !== "feedback_published" ? (
        <section aria-labelledby="bijlage-toevoegen">
          <h2 id="bijlage-toevoegen" className="utrecht-heading-2">
            {t("consultation.addAttachment")}
          </h2>
          <DocumentUploadForm
            trajectoryId={consultation.trajectoryId}
            phase={consultation.phase}
            consultationId={consultation.id}
            action={uploadDocumentAction}
          />
        </section>
      ) : null}
      {consultation.form === "oral" ? (
        <section aria-labelledby="sessies">
          <h2 id="sessies" className="utrecht-heading-2">
            {t("meeting.sessions")}
          </h2>
          <MeetingList meetings={sessions} hrefFor={(id) => `/beheer/bijeenkomsten/${id}`} />
          <p>
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`/beheer/trajecten/${consultation.trajectoryId}/bijeenkomsten/nieuw?consultatie=${consultation.id}`}
            >
              {t("meeting.planSession")}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="uitnodigingen">
        <h2 id="uitnodigingen" className="utrecht-heading-2">
          {t("consultation.invitations")}
        </h2>
        <InvitationStatus rows={invitations} />
        {state === "open" && invitations.some((i) => i.responseStatus !== "submitted") ? (
          <InlineActionForm
            action={remindAction}
            hidden={{ consultationId: consultation.id }}
            submitLabel={t("consultation.remind")}
            label={t("consultation.remind")}
          />
        ) : null}
        {state !== "closed" && state !== "feedback_published" ? (
          <>
            <ProviderFilter
              action={`/beheer/consultaties/${consultation.id}`}
              filter={filter}
              products={products}
              subregions={subregions}
            />
            <InvitationForm
              // A new state (published, opened) starts the form afresh: an earlier send's message is history.
              key={state}
              hidden={{ consultationId: consultation.id }}
              providers={providerOptions
                .filter((p) => !invitedProviders.has(p.id))
                .map((p) => ({ value: p.id, label: `${p.name} (${t(`consultation.size_${p.sizeClass}`)})` }))}
              people={
                consultation.audience === "providers"
                  ? []
                  : people
                      .filter((p) => !invitedPeople.has(p.id))
                      .map((p) => ({ value: p.id, label: `${p.name} — ${p.council}` }))
              }
              action={inviteAction}
            />
          </>
        ) : null}
      </section>
    </article>
  );
}
