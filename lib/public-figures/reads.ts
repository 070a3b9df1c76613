import { asc, eq } from "drizzle-orm";
import { trajectoryPublicFigures, users } from "@/db/schema";
import type { Executor } from "@/db/connection";

/** The trajectory's published figures, oldest first, with who added them. */
export async function listPublicFigures(db: Executor, trajectoryId: string) {
  return db
    .select({
      id: trajectoryPublicFigures.id,
      figure: trajectoryPublicFigures.figure,
      description: trajectoryPublicFigures.description,
      source: trajectoryPublicFigures.source,
      createdAt: trajectoryPublicFigures.createdAt,
      createdByName: users.name,
    })
    .from(trajectoryPublicFigures)
    .innerJoin(users, eq(users.id, trajectoryPublicFigures.createdBy))
    .where(eq(trajectoryPublicFigures.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryPublicFigures.createdAt), asc(trajectoryPublicFigures.figure));
}

/**
 * What the detector needs to know about the municipality for a trajectory's texts: the figures it
 * published, the internet domains of its officers' addresses, and its officers' names (officials).
 */
export async function municipalDetectionContext(db: Executor, trajectoryId: string) {
  const [figures, officers] = await Promise.all([
    db
      .select({ figure: trajectoryPublicFigures.figure })
      .from(trajectoryPublicFigures)
      .where(eq(trajectoryPublicFigures.trajectoryId, trajectoryId)),
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.role, "officer")),
  ]);
  const domains = new Set(officers.map((o) => o.email.slice(o.email.lastIndexOf("@") + 1).toLowerCase()));
  return {
    publicFigures: figures.map((f) => f.figure),
    municipalDomains: [...domains].filter(Boolean).sort(),
    officials: [...new Set(officers.map((o) => o.name))],
  };
}
