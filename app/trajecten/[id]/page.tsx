import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listGuidance } from "@/db/queries/guidance";
import { getTrajectoryDetail } from "@/db/queries/trajectories";
import { PublishedMinutesList } from "@/components/minutes/published-minutes-list";
import { DocumentList } from "@/components/trajectory/document-list";
import { GuidancePanel } from "@/components/trajectory/guidance-panel";
import { PhaseStepper } from "@/components/trajectory/phase-stepper";
import { WhatComesNext } from "@/components/trajectory/phase-timeline";
import { TrajectoryOverview } from "@/components/trajectory/trajectory-overview";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { listPublishedMinutesOfTrajectory } from "@/lib/minutes/reads";
import { can } from "@/lib/policy";
import { FollowBox } from "@/components/trajectory/follow-box";
import { PublishedRounds } from "@/components/questions/published-rounds";
import { latestTrajectoryRoundsFor, loadTrajectoryQuestionsPageFor } from "@/lib/questions/trajectory-reads";
import Link from "next/link";
import { followState } from "@/lib/trajectory/follow";
import { followTrajectoryAction } from "../follow-actions";

type Props = { params: Promise<{ id: string }> };

// Metadata and page load the same trajectory in one request: once.
const load = cache(async (rawId: string) => {
  const db = await getDb();
  const [detail, actor] = await Promise.all([orNotFound(getTrajectoryDetail(db, idParam(rawId))), getCurrentActor()]);
  // An internal trajectory does not exist for the public: 404, not 403.
  if (!can(actor, "trajectory.view", { visibility: detail.trajectory.visibility })) notFound();
  return { db, actor, detail };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { detail } = await load((await params).id);
  return { title: detail.trajectory.title };
}

export default async function PublicTrajectoryPage({ params }: Props) {
  const { db, actor, detail } = await load((await params).id);
  const tr = detail.trajectory;
  const [guidance, minutes] = await Promise.all([
    listGuidance(db, tr.currentPhase),
    listPublishedMinutesOfTrajectory(db, actor, tr),
  ]);
  const documents = detail.documents.filter((d) => d.isPublic);
  const follow = await followState(db, actor, tr.id);
  const questions = await loadTrajectoryQuestionsPageFor(db, actor, tr.id);
  const rounds = await latestTrajectoryRoundsFor(db, questions);
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{tr.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{tr.summary}</p>
      {follow.mayFollow ? (
        <FollowBox trajectoryId={tr.id} following={follow.following} action={followTrajectoryAction} />
      ) : null}
      <PhaseStepper current={tr.currentPhase} />
      <section aria-labelledby="hierna">
        <h2 id="hierna" className="utrecht-heading-2">
          {t("trajectory.whatNext")}
        </h2>
        <WhatComesNext detail={detail} />
      </section>
      <TrajectoryOverview detail={detail} />
      <section aria-labelledby="documenten">
        <h2 id="documenten" className="utrecht-heading-2">
          {t("trajectory.documents")}
        </h2>
        <DocumentList documents={documents} />
      </section>
      <section aria-labelledby="traject-vragen" className="inkoop-stack">
        <h2 id="traject-vragen" className="utrecht-heading-2">
          {t("questions.trajectoryTitle")}
        </h2>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/trajecten/${tr.id}/vragen`}>
            {t("questions.trajectoryLinkWithCount", { count: rounds.length })}
          </Link>
          {questions.mayAsk
            ? ` · ${
                questions.ownEnd
                  ? t("questions.trajectoryPeriodEnds", { at: formatDateTime(questions.ownEnd) })
                  : t("questions.trajectoryPeriodPhase")
              }`
            : ""}
        </p>
        {rounds.length > 0 ? (
          <PublishedRounds base={`/trajecten/${tr.id}/vragen`} rounds={rounds} headingLevel={3} />
        ) : null}
      </section>
      <section aria-labelledby="verslagen">
        <h2 id="verslagen" className="utrecht-heading-2">
          {t("home.minutesTitle")}
        </h2>
        {minutes.length ? (
          <PublishedMinutesList items={minutes} />
        ) : (
          <p className="utrecht-paragraph">{t("meeting.noPublishedMinutes")}</p>
        )}
      </section>
      <section aria-labelledby="handreiking">
        <h2 id="handreiking" className="utrecht-heading-2">
          {t("trajectory.guidanceTitle")}: {t(`phase.${tr.currentPhase}`)}
        </h2>
        <GuidancePanel rows={guidance} headingLevel={3} />
      </section>
    </article>
  );
}
