import "server-only";
import { eq } from "drizzle-orm";
import { municipalities, trajectoryMunicipalities } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { formatDateTime, t } from "@/lib/i18n";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { latestVersions, listPublishedRoundsFor, loadQuestionsPageFor, type PublishedRound } from "./reads";
import { latestTrajectoryRoundsFor, loadTrajectoryQuestionsPageFor } from "./trajectory-reads";

/** A round's own headings one level down, under the round's heading in the combined document. */
function demote(node: RichTextNode): RichTextNode {
  if (node.type !== "heading") return node;
  const level = Number(node.attrs?.level ?? 2);
  return { ...node, attrs: { ...node.attrs, level: Math.min(level + 1, 3) } };
}

/**
 * The combined nota van inlichtingen: the newest version of every published round, in order. It is
 * put together from the immutable, gated copies only, so nothing new leaves the municipality here.
 */
export function combineRounds(rounds: readonly PublishedRound[]): RichTextDoc {
  const content: RichTextNode[] = [];
  for (const r of rounds) {
    content.push({
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: t("questions.roundHeading", { number: r.roundNumber }) }],
    });
    content.push({
      type: "paragraph",
      content: [
        {
          type: "text",
          text: t("questions.roundMeta", {
            count: r.questionCount,
            version: r.version,
            at: formatDateTime(r.publishedAt),
          }),
        },
      ],
    });
    content.push(...(r.body.content ?? []).map(demote));
  }
  return { type: "doc", content };
}

/** The combined document for a visitor who may see the consultation's published rounds. */
export async function loadCombinedNotaFor(db: Executor, actor: Actor | null, consultationId: string) {
  const { visible } = await loadQuestionsPageFor(db, actor, consultationId);
  const rounds = latestVersions(await listPublishedRoundsFor(db, actor, visible));
  const body = combineRounds(rounds);
  const { consultation } = visible;
  return {
    consultation,
    subject: { id: consultation.id, title: consultation.title, trajectoryId: consultation.trajectoryId },
    rounds,
    body,
    html: renderPublishedMinutes(body),
  };
}

/** The combined document of the trajectory's own rounds, for whoever may see the trajectory. */
export async function loadTrajectoryCombinedNotaFor(db: Executor, actor: Actor | null, trajectoryId: string) {
  const loaded = await loadTrajectoryQuestionsPageFor(db, actor, trajectoryId);
  const rounds = await latestTrajectoryRoundsFor(db, loaded);
  const body = combineRounds(rounds);
  const { trajectory } = loaded;
  return {
    subject: { id: trajectory.id, title: trajectory.title, trajectoryId: trajectory.id },
    rounds,
    body,
    html: renderPublishedMinutes(body),
  };
}

type CombinedNota = { subject: { id: string; title: string; trajectoryId: string }; body: RichTextDoc };

/** The combined document as a tagged PDF with embedded font, like the published minutes. */
export async function renderCombinedNotaPdf(db: Executor, loaded: CombinedNota, now = new Date()): Promise<Uint8Array> {
  const places = await db
    .select({ name: municipalities.name })
    .from(trajectoryMunicipalities)
    .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
    .where(eq(trajectoryMunicipalities.trajectoryId, loaded.subject.trajectoryId));
  const municipality = places.map((p) => p.name).join(", ") || t("app.municipality");
  return renderMinutesPdf({
    title: t("questions.pdfCombinedTitle", { title: loaded.subject.title }),
    subtitle: t("questions.pdfCombinedSubtitle", { municipality, at: formatDateTime(now) }),
    municipality,
    body: loaded.body,
    footer: t("questions.pdfFooter"),
    publishedAt: now,
  });
}
