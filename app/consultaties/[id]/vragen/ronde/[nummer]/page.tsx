import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { RoundVersions } from "@/components/questions/round-versions";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { listPublishedRoundsFor, loadQuestionsPageFor } from "@/lib/questions/reads";

type Props = { params: Promise<{ id: string; nummer: string }> };

async function load(params: Props["params"]) {
  const raw = await params;
  const number = Number(raw.nummer);
  if (!Number.isInteger(number) || number < 1) notFound();
  const db = await getDb();
  const actor = await getCurrentActor();
  const { visible } = await orNotFound(loadQuestionsPageFor(db, actor, idParam(raw.id)));
  const versions = (await orNotFound(listPublishedRoundsFor(db, actor, visible))).filter(
    (r) => r.roundNumber === number,
  );
  if (versions.length === 0) notFound();
  return { consultation: visible.consultation, number, versions };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation, number } = await load(params);
  return { title: t("questions.pdfTitle", { number, title: consultation.title }) };
}

/** One round of the nota van inlichtingen: the newest version, and every earlier one as it was published. */
export default async function RoundPage({ params }: Props) {
  const { consultation, number, versions } = await load(params);
  return (
    <RoundVersions
      base={`/consultaties/${consultation.id}/vragen`}
      backLabel={`${t("questions.title")}: ${consultation.title}`}
      title={consultation.title}
      number={number}
      versions={versions}
    />
  );
}
