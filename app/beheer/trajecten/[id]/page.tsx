import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryDetail } from "@/db/queries/trajectories";
import { ConsultationList } from "@/components/consultation/consultation-list";
import { MeetingList } from "@/components/meeting/meeting-list";
import { TableList } from "@/components/overlegtafel/table-list";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { PhaseMoveForms } from "@/components/trajectory/phase-move-form";
import { PhaseStepper } from "@/components/trajectory/phase-stepper";
import { TransitionHistory } from "@/components/trajectory/transition-history";
import { TrajectoryOverview } from "@/components/trajectory/trajectory-overview";
import { requirePermission } from "@/lib/auth/guard";
import { listConsultationsOfTrajectory } from "@/lib/consultation/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { MEETING_CURSOR, pageMeetingsOfTrajectory } from "@/lib/meeting/reads";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { parsePaging, type RawParams } from "@/lib/paging/request";
import { listTablesForStaff } from "@/lib/overlegtafel/reads";
import { can } from "@/lib/policy";
import { PHASES } from "@/lib/trajectory/constants";
import { movePhaseAction, movePhaseForwardAction } from "../actions";

export const metadata: Metadata = { title: t("trajectory.workspaceTitle") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

// The meetings are paged with their own address parameters, so another list here can page too.
const MEETINGS = "bijeenkomsten-";

export default async function WorkspaceTrajectoryPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/trajecten/${rawId}`, "trajectory.list_all");
  const db = await getDb();
  const id = idParam(rawId);
  const address = await searchParams;
  const meetingPaging = parsePaging(address, MEETING_CURSOR, MEETINGS);
  // The lists need only the id, so they are read next to the trajectory; an unknown id fails the first.
  const [detail, consultations, meetings, tables] = await Promise.all([
    orNotFound(getTrajectoryDetail(db, id)),
    listConsultationsOfTrajectory(db, actor, id),
    pageMeetingsOfTrajectory(db, actor, id, meetingPaging.request),
    listTablesForStaff(db, actor, { trajectoryId: id }),
  ]);
  const tr = detail.trajectory;
  const saved = address.opgeslagen === "1";
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{tr.title}</h1>
      {saved ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t("trajectoryForm.saved")}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">
        {tr.visibility === "public" ? (
          <Link className="utrecht-link" href={`/trajecten/${tr.id}`}>
            {t("trajectory.publicPage")}
          </Link>
        ) : (
          <strong>{t("trajectory.internalBadge")}</strong>
        )}
        {" · "}
        {can(actor, "trajectory.update") ? (
          <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}/bewerken`}>
            {t("trajectory.edit")}
          </Link>
        ) : null}
        {" · "}
        <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}/audit`}>
          {t("trajectory.audit")}
        </Link>
        {" · "}
        <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}/openbare-cijfers`}>
          {t("trajectory.publicFigures")}
        </Link>
        {" · "}
        <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}/vragen`}>
          {t("questions.trajectoryLink")}
        </Link>
      </p>
      <p className="utrecht-paragraph">{tr.summary}</p>
      <PhaseStepper current={tr.currentPhase} />
      <nav aria-labelledby="fasepaginas">
        <h2 id="fasepaginas" className="utrecht-heading-2">
          {t("trajectory.phasePages")}
        </h2>
        <ul className="utrecht-link-list utrecht-link-list--html-ul">
          {PHASES.map((phase, i) => (
            <li key={phase} className="utrecht-link-list__item">
              <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}/fase/${phase}`}>
                {t("trajectory.openPhase", { n: i + 1, phase: t(`phase.${phase}`) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {can(actor, "trajectory.move_phase") ? (
        <section aria-labelledby="fase-wijzigen">
          <h2 id="fase-wijzigen" className="utrecht-heading-2">
            {t("move.title")}
          </h2>
          <PhaseMoveForms
            key={tr.currentPhase}
            trajectoryId={tr.id}
            current={tr.currentPhase}
            action={movePhaseAction}
            forwardAction={movePhaseForwardAction}
          />
        </section>
      ) : null}
      <section aria-labelledby="consultaties">
        <h2 id="consultaties" className="utrecht-heading-2">
          {t("consultation.listTitle")}
        </h2>
        {consultations.length ? (
          <ConsultationList items={consultations} hrefFor={(id) => `/beheer/consultaties/${id}`} />
        ) : (
          <p className="utrecht-paragraph">{t("consultation.none")}</p>
        )}
        {can(actor, "consultation.administer") ? (
          <p>
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`/beheer/trajecten/${tr.id}/consultaties/nieuw`}
            >
              {t("consultation.new")}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="bijeenkomsten">
        <h2 id="bijeenkomsten" className="utrecht-heading-2">
          {t("meeting.sectionTitle")}
        </h2>
        <PagingError message={meetingPaging.error} />
        <MeetingList meetings={meetings.items} hrefFor={(id) => `/beheer/bijeenkomsten/${id}`} />
        <Pagination
          label={t("paging.label.meetings")}
          page={meetings}
          links={pageLinks(`/beheer/trajecten/${tr.id}`, address, [], meetings, MEETINGS)}
        />
        {can(actor, "meeting.administer") ? (
          <p>
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`/beheer/trajecten/${tr.id}/bijeenkomsten/nieuw`}
            >
              {t("meeting.new")}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="overlegtafels">
        <h2 id="overlegtafels" className="utrecht-heading-2">
          {t("overlegtafel.fromTrajectory")}
        </h2>
        <TableList items={tables} hrefFor={(id) => `/beheer/overlegtafels/${id}`} />
        {can(actor, "table.administer") ? (
          <p>
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`/beheer/overlegtafels/nieuw?traject=${tr.id}`}
            >
              {t("overlegtafel.newTable")}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="verloop">
        <h2 id="verloop" className="utrecht-heading-2">
          {t("trajectory.history")}
        </h2>
        <TransitionHistory transitions={detail.transitions} />
      </section>
      <TrajectoryOverview detail={detail} />
    </article>
  );
}
