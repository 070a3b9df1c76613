import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { RoundVersions } from "@/components/questions/round-versions";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { listTrajectoryRoundsFor, loadTrajectoryQuestionsPageFor } from "@/lib/questions/trajectory-reads";

type Props = { params: Promise<{ id: string; nummer: string }> };

async function load(params: Props["params"]) {
  const raw = await params;
  const number = Number(raw.nummer);
  if (!Number.isInteger(number) || number < 1) notFound();
  const db = await getDb();
  const loaded = await orNotFound(loadTrajectoryQuestionsPageFor(db, await getCurrentActor(), idParam(raw.id)));
  const versions = (await listTrajectoryRoundsFor(db, loaded)).filter((r) => r.roundNumber === number);
  if (versions.length === 0) notFound();
  return { trajectory: loaded.trajectory, number, versions };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { trajectory, number } = await load(params);
  return { title: t("questions.pdfTitle", { number, title: trajectory.title }) };
}

/** One round of the trajectory's own nota van inlichtingen, with its earlier versions. */
export default async function TrajectoryRoundPage({ params }: Props) {
  const { trajectory, number, versions } = await load(params);
  return (
    <RoundVersions
      base={`/trajecten/${trajectory.id}/vragen`}
      backLabel={`${t("questions.trajectoryTitle")}: ${trajectory.title}`}
      title={trajectory.title}
      number={number}
      versions={versions}
    />
  );
}
