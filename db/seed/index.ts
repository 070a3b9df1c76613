import bcrypt from "bcryptjs";
import { count } from "drizzle-orm";
import {
  auditLog, councils, municipalities, phaseGuidance, phaseTransitions, products, providerProducts, providers,
  providerSubregions, regions, subregions, trajectories, trajectoryMunicipalities, trajectoryPhases, trajectoryProducts,
  trajectoryResponsibilities, users,
} from "@/db/schema";
import type { Database, Executor } from "@/db/connection";
import { DEFAULT_GUIDANCE } from "@/lib/guidance/default-guidance";
import { PHASES } from "@/lib/trajectory/constants";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { COUNCILS, PRODUCTS, PROVIDERS, REGION, SUBREGIONS } from "./data";
import { addMonths, notesDoc, TRAJECTORIES } from "./trajectories";

export type SeedSummary = { providers: number; users: number; trajectories: number };

const SYSTEM = { actorId: null, actorLabel: "systeem (demodata)", origin: "system:seed", result: "success" as const };

export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

const byName = <T extends { id: string; name: string }>(rows: T[]) => new Map(rows.map((r) => [r.name, r.id]));
const must = <T>(map: Map<string, T>, key: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${key}`);
  return value;
};

/** Loads the demo region, providers, people, guidance and trajectories in one transaction. */
export async function seedDemo(db: Database): Promise<SeedSummary> {
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  return db.transaction(async (tx) => {
    const [region] = await tx.insert(regions).values({ name: REGION }).returning();
    if (!region) throw new Error("seed: region");
    const subregionRows = await tx.insert(subregions).values(Object.keys(SUBREGIONS).map((name) => ({ name, regionId: region.id }))).returning();
    const subregionIds = byName(subregionRows);
    const municipalityRows = await tx
      .insert(municipalities)
      .values(Object.entries(SUBREGIONS).flatMap(([sub, names]) => names.map((name) => ({ name, subregionId: must(subregionIds, sub) }))))
      .returning();
    const municipalityIds = byName(municipalityRows);
    const productRows = await tx.insert(products).values(PRODUCTS.map((p) => ({ ...p }))).returning();
    const productIds = new Map(productRows.map((p) => [p.code, p.id]));

    const providerRows = await tx
      .insert(providers)
      .values(PROVIDERS.map((p, i) => ({ name: p.name, city: p.city, sizeClass: p.size, kvkNumber: String(60_100_000 + i * 7_919) })))
      .returning();
    const providerIds = byName(providerRows);
    const subregionNames = Object.keys(SUBREGIONS);
    await tx.insert(providerProducts).values(PROVIDERS.flatMap((p) => p.products.map((code) => ({ providerId: must(providerIds, p.name), productId: must(productIds, code) }))));
    await tx.insert(providerSubregions).values(
      PROVIDERS.flatMap((p) => p.subregions.map((i) => ({ providerId: must(providerIds, p.name), subregionId: must(subregionIds, subregionNames[i] ?? "") }))),
    );
    const councilRows = await tx.insert(councils).values(COUNCILS.map((c) => ({ ...c, regionId: region.id }))).returning();
    const councilIds = byName(councilRows);

    const userRows = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          email: a.email, name: a.name, role: a.role, jobTitle: a.jobTitle ?? null, passwordHash,
          providerId: a.provider ? must(providerIds, a.provider) : null,
          membershipStatus: a.membershipStatus ?? null,
          councilId: a.council ? must(councilIds, a.council) : null,
        })),
      )
      .returning();
    const officer = userRows.find((u) => u.email === "inkoper@zaanstad.nl");
    const policyOfficer = userRows.find((u) => u.email === "beleid@zaanstad.nl");
    if (!officer || !policyOfficer) throw new Error("seed: officers");

    await tx.insert(phaseGuidance).values(DEFAULT_GUIDANCE.map((g, position) => ({ ...g, position })));

    for (const seed of TRAJECTORIES) {
      const current = seed.path[seed.path.length - 1] ?? "strategic_goals";
      const createdAt = new Date(`${seed.start}T09:00:00Z`);
      const [row] = await tx
        .insert(trajectories)
        .values({
          title: seed.title, summary: seed.summary, domain: seed.domain, procedureType: seed.procedureType, legalStage: seed.legalStage,
          estimatedValue: seed.estimatedValue, visibility: seed.visibility, currentPhase: current, createdBy: officer.id, createdAt, updatedAt: createdAt,
        })
        .returning();
      if (!row) throw new Error("seed: trajectory");
      await tx.insert(trajectoryProducts).values(seed.products.map((code) => ({ trajectoryId: row.id, productId: must(productIds, code) })));
      await tx.insert(trajectoryMunicipalities).values(seed.municipalities.map((m) => ({ trajectoryId: row.id, municipalityId: must(municipalityIds, m) })));
      await tx.insert(trajectoryResponsibilities).values(seed.responsibilities.map(([task, responsible], position) => ({ trajectoryId: row.id, task, responsible, position })));
      await tx.insert(trajectoryPhases).values(
        PHASES.map((phase, i) => {
          const lines = seed.notes[phase];
          return {
            trajectoryId: row.id, phase,
            plannedStart: addMonths(seed.start, i * seed.phaseMonths),
            plannedEnd: addMonths(seed.start, (i + 1) * seed.phaseMonths),
            notes: lines ? notesDoc(lines) : null,
            notesUpdatedAt: lines ? createdAt : null,
            notesUpdatedBy: lines ? policyOfficer.id : null,
          };
        }),
      );
      const moves = seed.path.slice(1).map((to, i) => ({ from: seed.path[i] ?? "strategic_goals", to, at: new Date(`${addMonths(seed.start, (i + 1) * seed.phaseMonths)}T10:00:00Z`) }));
      for (const move of moves) {
        const back = PHASES.indexOf(move.to) < PHASES.indexOf(move.from);
        const reason = back ? (seed.backReason ?? null) : null;
        await tx.insert(phaseTransitions).values({ trajectoryId: row.id, fromPhase: move.from, toPhase: move.to, reason, actorId: officer.id, at: move.at });
      }
      await tx.insert(auditLog).values([
        { ...SYSTEM, action: "trajectory.create", objectType: "trajectory", objectId: row.id, trajectoryId: row.id, details: { title: seed.title } },
        ...moves.map((m) => ({ ...SYSTEM, action: "trajectory.move_phase", objectType: "trajectory", objectId: row.id, trajectoryId: row.id, details: { from: m.from, to: m.to } })),
      ]);
    }
    const summary = { providers: providerRows.length, users: userRows.length, trajectories: TRAJECTORIES.length };
    await tx.insert(auditLog).values({ ...SYSTEM, action: "seed.demo", objectType: "database", details: summary });
    return summary;
  });
}
