import type { Metadata } from "next";
import { cache } from "react";
import { getDb } from "@/db/client";
import { PublicQuestionsView } from "@/components/questions/public-questions-view";
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

const load = cache(async (rawId: string) => {
  const db = await getDb();
  const actor = await getCurrentActor();
  return { db, actor, ...(await orNotFound(loadQuestionsPageFor(db, actor, idParam(rawId)))) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { visible } = await load((await params).id);
  return { title: `${t("questions.title")}: ${visible.consultation.title}` };
}

export default async function QuestionsPage({ params }: Props) {
  const { db, actor, visible, period, mayAsk } = await load((await params).id);
  const { consultation } = visible;
  const [published, own, planned] = await Promise.all([
    orNotFound(listPublishedRoundsFor(db, actor, visible)),
    listOwnQuestionsFor(db, actor, visible),
    listPlannedRoundsFor(db, actor, visible),
  ]);
  const rounds = latestVersions(published);
  const providerId = speakingFor(actor);
  const providerName = providerId ? await getProviderName(db, providerId) : undefined;
  const periodOver = new Date() >= period.ends;
  const at = formatDateTime(period.ends);
  return (
    <PublicQuestionsView
      subject={{
        href: `/consultaties/${consultation.id}`,
        title: consultation.title,
        field: "consultationId",
        id: consultation.id,
      }}
      heading={t("questions.title")}
      intro={t("questions.intro")}
      base={`/consultaties/${consultation.id}/vragen`}
      period={{ text: periodOver ? t("questions.periodEnded", { at }) : t("questions.periodEnds", { at }) }}
      planned={planned}
      ask={
        mayAsk
          ? {
              action: askQuestionAction,
              intro: providerName ? t("questions.askFor", { name: providerName }) : t("questions.askAsPerson"),
            }
          : null
      }
      signInToAsk={!actor && !periodOver}
      own={actor && (mayAsk || own.length > 0) ? own : null}
      rounds={rounds}
    />
  );
}
