import {
  auditLog,
  phaseTransitions,
  trajectories,
  trajectoryMunicipalities,
  trajectoryPhases,
  trajectoryProducts,
  trajectoryResponsibilities,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { PHASES, type Phase } from "@/lib/trajectory/constants";
import { planPhaseMove } from "@/lib/trajectory/phase-machine";
import { TRAJECTORIES, type TrajectorySeed } from "./trajectory-data";
import { addDays } from "@/lib/time/calendar-day";

/** Who the seed itself is in the audit trail: no person, so no actor id. */
export const SEED_ACTOR = {
  actorId: null,
  actorLabel: "systeem (demodata)",
  origin: "system:seed",
  result: "success" as const,
};

export type SeedRefs = {
  productIds: Map<string, string>;
  municipalityIds: Map<string, string>;
  userIds: Map<string, string>;
};

export function lookup(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demodata verwijst naar onbekend gegeven: ${key}`);
  return value;
}

/** A small editor document: the first line as a paragraph, the rest as a bullet list. */
export function notesDoc(lines: string[]): RichTextDoc {
  const [first, ...rest] = lines;
  const paragraph = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });
  const content: RichTextNode[] = [paragraph(first ?? "")];
  if (rest.length > 0)
    content.push({
      type: "bulletList",
      content: rest.map((text) => ({ type: "listItem", content: [paragraph(text)] })),
    });
  return { type: "doc", content };
}

/** The calendar day before an ISO date, so consecutive phases do not overlap. */
export function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Replays the history through the same rules the portal applies (one step forward, back only
 * with a reason), so demo data can never show a move the portal itself would refuse.
 */
export function replayHistory(seed: TrajectorySeed) {
  let current: Phase = "strategic_goals";
  let enteredAt = new Date(`${seed.timeline[0]}T09:00:00Z`);
  const moves: { from: Phase; to: Phase; at: Date; reason: string | null }[] = [];
  const lastTouched = new Map<Phase, Date>();
  for (const step of seed.history) {
    const move = planPhaseMove({ current, expectedFrom: current, to: step.to, reason: step.reason });
    if (!move.ok) throw new Error(`demodata "${seed.title}": ongeldige faseovergang (${move.error})`);
    const at = new Date(step.at);
    if (at <= enteredAt) throw new Error(`demodata "${seed.title}": faseovergangen staan niet op volgorde`);
    lastTouched.set(current, new Date(at.getTime() - DAY_MS));
    moves.push({ from: current, to: step.to, at, reason: move.direction === "back" ? (step.reason ?? null) : null });
    current = step.to;
    enteredAt = at;
  }
  lastTouched.set(current, new Date(enteredAt.getTime() + 7 * DAY_MS));
  const reached = new Set<Phase>(["strategic_goals", ...moves.map((m) => m.to)]);
  return { current, moves, lastTouched, reached };
}

async function insertTrajectory(tx: Executor, seed: TrajectorySeed, refs: SeedRefs): Promise<void> {
  const ownerId = lookup(refs.userIds, seed.owner);
  const { current, moves, lastTouched, reached } = replayHistory(seed);
  const createdAt = new Date(`${seed.timeline[0]}T09:00:00Z`);
  const [row] = await tx
    .insert(trajectories)
    .values({
      title: seed.title,
      summary: seed.summary,
      domain: seed.domain,
      procedureType: seed.procedureType,
      legalStage: seed.legalStage,
      estimatedValue: seed.estimatedValue,
      visibility: seed.visibility,
      currentPhase: current,
      createdBy: ownerId,
      createdAt,
      updatedAt: moves.at(-1)?.at ?? createdAt,
    })
    .returning({ id: trajectories.id });
  if (!row) throw new Error("trajectory insert returned nothing");
  const trajectoryId = row.id;

  await tx
    .insert(trajectoryProducts)
    .values(seed.products.map((code) => ({ trajectoryId, productId: lookup(refs.productIds, code) })));
  await tx
    .insert(trajectoryMunicipalities)
    .values(seed.municipalities.map((name) => ({ trajectoryId, municipalityId: lookup(refs.municipalityIds, name) })));
  await tx
    .insert(trajectoryResponsibilities)
    .values(
      seed.responsibilities.map(([task, responsible], position) => ({ trajectoryId, task, responsible, position })),
    );
  await tx.insert(trajectoryPhases).values(
    PHASES.map((phase, i) => {
      const lines = seed.notes[phase];
      if (reached.has(phase) && !lines?.length)
        throw new Error(`demodata "${seed.title}": notities ontbreken voor ${phase}`);
      const touched = lines ? (lastTouched.get(phase) ?? createdAt) : null;
      return {
        trajectoryId,
        phase,
        plannedStart: seed.timeline[i] ?? null,
        plannedEnd: i < 3 ? dayBefore(seed.timeline[i + 1] ?? "") : seed.timeline[4],
        notes: lines ? notesDoc(lines) : null,
        notesUpdatedAt: touched,
        notesUpdatedBy: touched ? ownerId : null,
      };
    }),
  );
  if (moves.length > 0) {
    await tx.insert(phaseTransitions).values(
      moves.map((m) => ({
        trajectoryId,
        fromPhase: m.from,
        toPhase: m.to,
        reason: m.reason,
        actorId: ownerId,
        at: m.at,
      })),
    );
  }
  await tx.insert(auditLog).values({
    ...SEED_ACTOR,
    action: "trajectory.create",
    objectType: "trajectory",
    objectId: trajectoryId,
    trajectoryId,
    details: { title: seed.title, currentPhase: current, phaseTransitions: moves.length },
  });
}

/** Inserts every demo trajectory with its products, municipalities, plan, notes, roles and history. */
export async function insertTrajectories(tx: Executor, refs: SeedRefs): Promise<number> {
  for (const seed of TRAJECTORIES) await insertTrajectory(tx, seed, refs);
  return TRAJECTORIES.length;
}
