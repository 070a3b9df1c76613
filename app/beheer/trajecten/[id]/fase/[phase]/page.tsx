import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listGuidance } from "@/db/queries/guidance";
import { getTrajectoryDetail } from "@/db/queries/trajectories";
import { DocumentList } from "@/components/trajectory/document-list";
import { DocumentUploadForm } from "@/components/trajectory/document-upload-form";
import { GuidancePanel } from "@/components/trajectory/guidance-panel";
import { RichTextView } from "@/components/ui/rich-text-view";
import { PhaseNotesForm } from "@/components/trajectory/phase-notes-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound, phaseParam } from "@/lib/http/params";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { phaseIndex } from "@/lib/trajectory/phase-machine";
import { savePhaseNotesAction, uploadDocumentAction } from "../../../actions";

export const metadata: Metadata = { title: t("trajectory.phasePages") };

type Props = { params: Promise<{ id: string; phase: string }> };

export default async function PhasePage({ params }: Props) {
  const raw = await params;
  const actor = await requirePermission(`/beheer/trajecten/${raw.id}/fase/${raw.phase}`, "trajectory.list_all");
  const phase = phaseParam(raw.phase);
  const db = await getDb();
  const detail = await orNotFound(getTrajectoryDetail(db, idParam(raw.id)));
  const tr = detail.trajectory;
  const record = detail.phases.find((p) => p.phase === phase);
  const guidance = await listGuidance(db, phase);
  const documents = detail.documents.filter((d) => d.phase === phase);
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}`}>
          {t("trajectory.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {t("phase.number", { n: phaseIndex(phase) + 1 })}: {t(`phase.${phase}`)} — {tr.title}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(`phase.question_${phase}`)}</p>
      {record?.plannedStart && record.plannedEnd ? (
        <p className="utrecht-paragraph">
          {t("trajectory.timeline")}: {formatDate(record.plannedStart)} – {formatDate(record.plannedEnd)}
          {tr.currentPhase === phase ? ` (${t("phase.current").toLowerCase()})` : ""}
        </p>
      ) : null}
      <section aria-labelledby="handreiking">
        <h2 id="handreiking" className="utrecht-heading-2">
          {t("trajectory.guidanceTitle")}
        </h2>
        <GuidancePanel rows={guidance} headingLevel={3} />
      </section>
      <section aria-labelledby="notities">
        <h2 id="notities" className="utrecht-heading-2">
          {t("trajectory.notesTitle")}
        </h2>
        {record?.notesUpdatedAt ? (
          <p className="utrecht-paragraph inkoop-muted">
            {t("trajectory.lastUpdated")}: {formatDateTime(record.notesUpdatedAt)}
          </p>
        ) : null}
        {can(actor, "trajectory.edit_notes") ? (
          <PhaseNotesForm
            trajectoryId={tr.id}
            phase={phase}
            initial={record?.notes ?? null}
            action={savePhaseNotesAction}
          />
        ) : record?.notes ? (
          <RichTextView doc={record.notes} />
        ) : (
          <p className="utrecht-paragraph">{t("trajectory.notesEmpty")}</p>
        )}
      </section>
      <section aria-labelledby="documenten">
        <h2 id="documenten" className="utrecht-heading-2">
          {t("trajectory.documents")}
        </h2>
        <DocumentList documents={documents} />
        {can(actor, "document.upload") ? (
          <>
            <h3 className="utrecht-heading-3">{t("upload.title")}</h3>
            <DocumentUploadForm trajectoryId={tr.id} phase={phase} action={uploadDocumentAction} />
          </>
        ) : null}
      </section>
    </article>
  );
}
