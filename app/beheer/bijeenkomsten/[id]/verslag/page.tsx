import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { MinutesEditor } from "@/components/minutes/minutes-editor";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { PublishForm } from "@/components/minutes/publish-form";
import { ReviewForm } from "@/components/minutes/review-form";
import { TextField } from "@/components/ui/fields";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { listMinutesVersionsForStaff, loadMeetingForStaff } from "@/lib/meeting/reads";
import { listRemarksForOfficer, loadWorkingMinutesForOfficer } from "@/lib/minutes/reads";
import { detectionContext } from "@/lib/minutes/recipients";
import { can } from "@/lib/policy";
import { applyRedactions } from "@/lib/redaction/apply";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import {
  publishMinutesAction,
  requestAttendeeCheckAction,
  endAttendeeCheckAction,
  reviewMinutesAction,
  saveMinutesAction,
  submitMinutesAction,
} from "../../verslag-actions";
import { MinutesVersions } from "@/components/minutes/minutes-versions";

export const metadata: Metadata = { title: "Verslag" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function MinutesWorkspacePage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/bijeenkomsten/${rawId}/verslag`, "minutes.edit");
  const db = await getDb();
  const meeting = await orNotFound(loadMeetingForStaff(db, actor, idParam(rawId)));
  const query = await searchParams;
  const [row, versions, remarks, context] = await Promise.all([
    loadWorkingMinutesForOfficer(db, actor, meeting.id),
    listMinutesVersionsForStaff(db, actor, meeting.id),
    listRemarksForOfficer(db, actor, meeting.id),
    detectionContext(db, meeting.id, meeting.trajectoryId),
  ]);
  const status = row?.status ?? "draft";
  const notice = query.opgeslagen
    ? t("minutes.saved")
    : query.controleBeeindigd
      ? t("minutes.checkEnded")
      : query.goedkeuringVervallen
        ? t("minutes.approvalVoided")
        : query.aangeboden
          ? t("minutes.submitted")
          : query.beoordeeld
            ? t("minutes.reviewed")
            : query.gepubliceerd
              ? t("minutes.published", { version: query.gepubliceerd, count: Number(query.ontvangers ?? 0) || 0 })
              : null;
  const preview = row ? renderPublishedMinutes(applyRedactions(row.document).doc) : null;
  const checkOpen = row?.attendeeCheckDeadline && row.attendeeCheckDeadline > new Date();
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/bijeenkomsten/${meeting.id}`}>
          {meeting.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("minutes.titleFor", { title: meeting.title })}</h1>
      {notice ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{notice}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">
        <strong>{t("minutes.status")}:</strong> {t(`minutes.state_${status}`)}
        {row?.submittedAt && row.submitterName && status !== "draft"
          ? ` — ${t("minutes.submittedBy", { name: row.submitterName, at: formatDateTime(row.submittedAt) })}`
          : ""}
      </p>
      {row?.reviewRemarks && status === "draft" ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">{t("minutes.sentBackRemarks", { remarks: row.reviewRemarks })}</p>
        </div>
      ) : null}
      <MinutesEditor
        key={row?.revision ?? 0}
        meetingId={meeting.id}
        revision={row?.revision ?? 0}
        initial={row?.document ?? null}
        dismissed={row?.dismissedFindings ?? []}
        publicFigures={row?.publicFigures ?? []}
        confidentialTerms={row?.confidentialTerms ?? []}
        participants={context.participants}
        providerNames={context.providerNames}
        municipal={context}
        readOnly={status === "in_review"}
        action={saveMinutesAction}
      />
      {row && status === "draft" ? (
        <section className="inkoop-card" aria-labelledby="aanbieden">
          <h2 id="aanbieden" className="utrecht-heading-2">
            {t("minutes.submit")}
          </h2>
          <p className="utrecht-paragraph">{t("minutes.submitHint")}</p>
          <InlineActionForm
            action={submitMinutesAction}
            hidden={{ meetingId: meeting.id }}
            submitLabel={t("minutes.submit")}
            label={t("minutes.submit")}
            variant="primary"
          />
        </section>
      ) : null}
      {row && status === "in_review" ? (
        <section className="inkoop-card" aria-labelledby="beoordelen">
          <h2 id="beoordelen" className="utrecht-heading-2">
            {t("minutes.review")}
          </h2>
          {can(actor, "minutes.review", { submittedBy: row.submittedBy, touchedBy: row.touchedBy }) ? (
            <>
              <p className="utrecht-paragraph">{t("minutes.reviewHint")}</p>
              <ReviewForm hidden={{ meetingId: meeting.id }} action={reviewMinutesAction} />
            </>
          ) : (
            <p className="utrecht-paragraph">
              {t(row.submittedBy === actor.id ? "minutes.awaitingOtherReviewer" : "minutes.awaitingUntouchedReviewer")}
            </p>
          )}
        </section>
      ) : null}
      {row && status === "approved" ? (
        <>
          <section className="inkoop-card" aria-labelledby="controle">
            <h2 id="controle" className="utrecht-heading-2">
              {t("minutes.attendeeCheck")}
            </h2>
            <p className="utrecht-paragraph">
              {checkOpen && row.attendeeCheckDeadline
                ? t("minutes.checkUntil", { deadline: formatDateTime(row.attendeeCheckDeadline) })
                : t("minutes.attendeeCheckHint")}
            </p>
            <InlineActionForm
              action={requestAttendeeCheckAction}
              hidden={{ meetingId: meeting.id }}
              submitLabel={t("minutes.requestCheck")}
              label={t("minutes.attendeeCheck")}
            >
              <TextField
                type="datetime-local"
                name="deadline"
                idPrefix="controle"
                label={t("minutes.deadline")}
                description={t("consultation.timeHint")}
                required
              />
            </InlineActionForm>
            {checkOpen ? (
              <>
                <p className="utrecht-paragraph">{t("minutes.endCheckHint")}</p>
                <InlineActionForm
                  action={endAttendeeCheckAction}
                  hidden={{ meetingId: meeting.id }}
                  submitLabel={t("minutes.endCheck")}
                  label={t("minutes.endCheck")}
                  confirm={{
                    question: t("confirm.endCheckQuestion"),
                    consequence: t("confirm.endCheckConsequence"),
                    confirmLabel: t("confirm.endCheckConfirm"),
                  }}
                />
              </>
            ) : null}
          </section>
          <section className="inkoop-card" aria-labelledby="publiceren">
            <h2 id="publiceren" className="utrecht-heading-2">
              {t("minutes.publish")}
            </h2>
            <p className="utrecht-paragraph">{t("minutes.publishHint")}</p>
            <PublishForm meetingId={meeting.id} correction={versions.length > 0} action={publishMinutesAction} />
          </section>
        </>
      ) : null}
      {preview ? (
        <section aria-labelledby="voorbeeld">
          <h2 id="voorbeeld" className="utrecht-heading-2">
            {t("minutes.preview")}
          </h2>
          <MinutesHtml html={preview} />
        </section>
      ) : null}
      {remarks.length ? (
        <section aria-labelledby="opmerkingen">
          <h2 id="opmerkingen" className="utrecht-heading-2">
            {t("minutes.remarksFromAttendees")}
          </h2>
          <ul className="utrecht-unordered-list">
            {remarks.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                {r.name} ({formatDateTime(r.createdAt)}): {r.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <MinutesVersions meetingId={meeting.id} versions={versions} headingId="versies" heading={t("minutes.versions")} />
    </article>
  );
}
