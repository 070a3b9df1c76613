import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { CombinedNota } from "@/components/questions/combined-nota";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadCombinedNotaFor } from "@/lib/questions/nota";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const db = await getDb();
  return orNotFound(loadCombinedNotaFor(db, await getCurrentActor(), idParam((await params).id)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation } = await load(params);
  return { title: t("questions.combinedHeading", { title: consultation.title }) };
}

/** All rounds of the consultation in one document, newest version of each. */
export default async function CombinedNotaPage({ params }: Props) {
  const { consultation, rounds, html } = await load(params);
  return (
    <CombinedNota
      base={`/consultaties/${consultation.id}/vragen`}
      backLabel={`${t("questions.title")}: ${consultation.title}`}
      title={consultation.title}
      hasRounds={rounds.length > 0}
      html={html}
    />
  );
}
