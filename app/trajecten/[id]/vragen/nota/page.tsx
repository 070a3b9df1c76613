import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { CombinedNota } from "@/components/questions/combined-nota";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadTrajectoryCombinedNotaFor } from "@/lib/questions/nota";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const db = await getDb();
  return orNotFound(loadTrajectoryCombinedNotaFor(db, await getCurrentActor(), idParam((await params).id)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { subject } = await load(params);
  return { title: t("questions.combinedHeading", { title: subject.title }) };
}

/** All rounds about the trajectory as a whole in one document, newest version of each. */
export default async function TrajectoryCombinedNotaPage({ params }: Props) {
  const { subject, rounds, html } = await load(params);
  return (
    <CombinedNota
      base={`/trajecten/${subject.id}/vragen`}
      backLabel={`${t("questions.trajectoryTitle")}: ${subject.title}`}
      title={subject.title}
      hasRounds={rounds.length > 0}
      html={html}
    />
  );
}
