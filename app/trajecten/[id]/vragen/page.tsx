import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getProviderName } from "@/db/queries/reference";
import { AskForm } from "@/components/questions/ask-form";
import { OwnQuestions } from "@/components/questions/own-questions";
import { PublishedRounds } from "@/components/questions/published-rounds";
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
  const base = `/trajecten/${trajectory.id}/vragen`;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/trajecten/${trajectory.id}`}>
          {trajectory.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.trajectoryTitle")}</h1>
      <p className="utrecht-paragraph">{t("questions.trajectoryIntro")}</p>
      <p className="utrecht-paragraph" data-testid="trajectory-question-period">
        {!periodOpen
          ? t("questions.trajectoryPeriodClosed")
          : ownEnd
            ? t("questions.trajectoryPeriodEnds", { at: formatDateTime(ownEnd) })
            : t("questions.trajectoryPeriodPhase")}
      </p>
      {planned.length > 0 ? (
        <ul className="utrecht-unordered-list" data-testid="planned-rounds">
          {planned.map((r) => (
            <li key={r.number} className="utrecht-unordered-list__item">
              {t("questions.plannedRound", { number: r.number, at: formatDateTime(r.plannedAt!) })}
            </li>
          ))}
        </ul>
      ) : null}
      {mayAsk ? (
        <section aria-labelledby="vraag-stellen">
          <h2 id="vraag-stellen" className="utrecht-heading-2">
            {t("questions.askTitle")}
          </h2>
          <AskForm
            subject={{ name: "trajectoryId", id: trajectory.id }}
            intro={providerName ? t("questions.askFor", { name: providerName }) : t("questions.askAsPerson")}
            action={askTrajectoryQuestionAction}
          />
        </section>
      ) : !actor && periodOpen ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/inloggen?terug=${base}`}>
            {t("questions.signInToAsk")}
          </Link>
        </p>
      ) : null}
      {actor && (mayAsk || own.length > 0) ? (
        <section aria-labelledby="eigen-vragen">
          <h2 id="eigen-vragen" className="utrecht-heading-2">
            {t("questions.ownTitle")}
          </h2>
          <OwnQuestions base={base} questions={own} />
        </section>
      ) : null}
      <section aria-labelledby="rondes" className="inkoop-stack">
        <h2 id="rondes" className="utrecht-heading-2">
          {t("questions.roundsTitle")}
        </h2>
        {rounds.length > 0 ? (
          <p className="utrecht-paragraph inkoop-no-print">
            <Link className="utrecht-link" href={`${base}/nota`}>
              {t("questions.combinedLink")}
            </Link>
            {" · "}
            <a className="utrecht-link" href={`${base}/nota/pdf`}>
              {t("questions.combinedPdf")}
            </a>
            {" · "}
            <a className="utrecht-link" href={`${base}/nota/json`}>
              {t("questions.combinedJson")}
            </a>
          </p>
        ) : null}
        <PublishedRounds base={base} rounds={rounds} headingLevel={3} />
      </section>
    </article>
  );
}
