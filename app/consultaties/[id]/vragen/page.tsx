import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { AskForm } from "@/components/questions/ask-form";
import { OwnQuestions } from "@/components/questions/own-questions";
import { PublishedRounds } from "@/components/questions/published-rounds";
import { speakingFor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import {
  latestVersions,
  listOwnQuestionsFor,
  listPlannedRoundsFor,
  listPublishedRoundsFor,
  loadQuestionsPageFor,
} from "@/lib/questions/reads";
import { getProviderName } from "@/db/queries/reference";
import { askQuestionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const db = await getDb();
  const actor = await getCurrentActor();
  return { db, actor, ...(await orNotFound(loadQuestionsPageFor(db, actor, idParam(rawId)))) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { visible } = await load((await params).id);
  return { title: `${t("questions.title")}: ${visible.consultation.title}` };
}

export default async function QuestionsPage({ params }: Props) {
  const { db, actor, visible, period, mayAsk } = await load((await params).id);
  const { consultation } = visible;
  const rounds = latestVersions(await orNotFound(listPublishedRoundsFor(db, actor, visible)));
  const own = await listOwnQuestionsFor(db, actor, visible);
  const planned = await listPlannedRoundsFor(db, actor, visible);
  const providerId = speakingFor(actor);
  const providerName = providerId ? await getProviderName(db, providerId) : undefined;
  const periodOver = new Date() >= period.ends;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/consultaties/${consultation.id}`}>
          {consultation.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.title")}</h1>
      <p className="utrecht-paragraph">{t("questions.intro")}</p>
      <p className="utrecht-paragraph">
        {periodOver
          ? t("questions.periodEnded", { at: formatDateTime(period.ends) })
          : t("questions.periodEnds", { at: formatDateTime(period.ends) })}
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
            subject={{ name: "consultationId", id: consultation.id }}
            intro={providerName ? t("questions.askFor", { name: providerName }) : t("questions.askAsPerson")}
            action={askQuestionAction}
          />
        </section>
      ) : !actor && !periodOver ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/inloggen?terug=/consultaties/${consultation.id}/vragen`}>
            {t("questions.signInToAsk")}
          </Link>
        </p>
      ) : null}
      {actor && (mayAsk || own.length > 0) ? (
        <section aria-labelledby="eigen-vragen">
          <h2 id="eigen-vragen" className="utrecht-heading-2">
            {t("questions.ownTitle")}
          </h2>
          <OwnQuestions base={`/consultaties/${consultation.id}/vragen`} questions={own} />
        </section>
      ) : null}
      <section aria-labelledby="rondes" className="inkoop-stack">
        <h2 id="rondes" className="utrecht-heading-2">
          {t("questions.roundsTitle")}
        </h2>
        {rounds.length > 0 ? (
          <p className="utrecht-paragraph inkoop-no-print">
            <Link className="utrecht-link" href={`/consultaties/${consultation.id}/vragen/nota`}>
              {t("questions.combinedLink")}
            </Link>
            {" · "}
            <a className="utrecht-link" href={`/consultaties/${consultation.id}/vragen/nota/pdf`}>
              {t("questions.combinedPdf")}
            </a>
            {" · "}
            <a className="utrecht-link" href={`/consultaties/${consultation.id}/vragen/nota/json`}>
              {t("questions.combinedJson")}
            </a>
          </p>
        ) : null}
        <PublishedRounds base={`/consultaties/${consultation.id}/vragen`} rounds={rounds} headingLevel={3} />
      </section>
    </article>
  );
}
