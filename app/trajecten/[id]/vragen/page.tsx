import type { Metadata } from "next";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getProviderName } from "@/db/queries/reference";
import { PublicQuestionsView } from "@/components/questions/public-questions-view";
import { speakingFor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import {
  latestTrajectoryRoundsFor,
  listOwnTrajectoryQuestionsFor,
  listPlannedTrajectoryRoundsFor,
  loadTrajectoryQuestionsPageFor,
} from "@/lib/questions/trajectory-reads";
import { askTrajectoryQuestionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (rawId: string) => {
  const db = await getDb();
  const actor = await getCurrentActor();
  return { db, actor, ...(await orNotFound(loadTrajectoryQuestionsPageFor(db, actor, idParam(rawId)))) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { trajectory } = await load((await params).id);
  return { title: `${t("questions.trajectoryTitle")}: ${trajectory.title}` };
}

/** Questions about a trajectory as a whole: ask in its analysis and choices phases, read the published rounds. */
export default async function TrajectoryQuestionsPage({ params }: Props) {
  const loaded = await load((await params).id);
  const { db, actor, trajectory, ownEnd, periodOpen, mayAsk } = loaded;
  const [rounds, own, planned] = await Promise.all([
    latestTrajectoryRoundsFor(db, loaded),
    listOwnTrajectoryQuestionsFor(db, actor, loaded),
    listPlannedTrajectoryRoundsFor(db, loaded),
  ]);
  const providerId = speakingFor(actor);
  const providerName = providerId ? await getProviderName(db, providerId) : undefined;
  return (
    <PublicQuestionsView
      subject={{
        href: `/trajecten/${trajectory.id}`,
        title: trajectory.title,
        field: "trajectoryId",
        id: trajectory.id,
      }}
      heading={t("questions.trajectoryTitle")}
      intro={t("questions.trajectoryIntro")}
      base={`/trajecten/${trajectory.id}/vragen`}
      period={{
        testId: "trajectory-question-period",
        text: !periodOpen
          ? t("questions.trajectoryPeriodClosed")
          : ownEnd
            ? t("questions.trajectoryPeriodEnds", { at: formatDateTime(ownEnd) })
            : t("questions.trajectoryPeriodPhase"),
      }}
      planned={planned}
      ask={
        mayAsk
          ? {
              action: askTrajectoryQuestionAction,
              intro: providerName ? t("questions.askFor", { name: providerName }) : t("questions.askAsPerson"),
            }
          : null
      }
      signInToAsk={!actor && periodOpen}
      own={actor && (mayAsk || own.length > 0) ? own : null}
      rounds={rounds}
    />
  );
}
