import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import {
  municipalities,
  phaseTransitions,
  products,
  subregions,
  trajectories,
  trajectoryDocuments,
  trajectoryMunicipalities,
  trajectoryPhases,
  trajectoryProducts,
  trajectoryResponsibilities,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";

const summaryColumns = {
  id: trajectories.id,
  title: trajectories.title,
  summary: trajectories.summary,
  domain: trajectories.domain,
  procedureType: trajectories.procedureType,
  legalStage: trajectories.legalStage,
  currentPhase: trajectories.currentPhase,
  visibility: trajectories.visibility,
  estimatedValue: trajectories.estimatedValue,
  updatedAt: trajectories.updatedAt,
};

export type TrajectorySummary = Awaited<ReturnType<typeof listTrajectories>>[number];

const visibleTo = (opts: { includeInternal: boolean }) =>
  opts.includeInternal ? undefined : eq(trajectories.visibility, "public");

/** Every trajectory (public ones, unless officers pass `includeInternal`), newest change first. */
export async function listTrajectories(db: Executor, opts: { includeInternal: boolean; limit?: number }) {
  const query = db
    .select(summaryColumns)
    .from(trajectories)
    .where(visibleTo(opts))
    .orderBy(desc(trajectories.updatedAt), desc(trajectories.id));
  return withProducts(db, await (opts.limit ? query.limit(opts.limit) : query));
}

/** The trajectories a select offers (id and title), in the order of `listTrajectories`, without their products. */
export function listTrajectoryChoices(db: Executor, opts: { includeInternal: boolean }) {
  return db
    .select({ id: trajectories.id, title: trajectories.title })
    .from(trajectories)
    .where(visibleTo(opts))
    .orderBy(desc(trajectories.updatedAt), desc(trajectories.id));
}

export const TRAJECTORY_KEYS: SortKey[] = [
  { column: trajectories.updatedAt, kind: "timestamp", direction: "desc" },
  { column: trajectories.id, kind: "uuid", direction: "desc" },
];

/** One page of the trajectory list, in the order of `listTrajectories`. */
export function pageTrajectories(db: Executor, opts: { includeInternal: boolean }, request: PageRequest, size: number) {
  return keysetPage(TRAJECTORY_KEYS, request, size, {
    rows: async (w) =>
      withProducts(
        db,
        await db
          .select({ ...summaryColumns, ...keyColumns(TRAJECTORY_KEYS), ...w.total })
          .from(trajectories)
          .where(and(visibleTo(opts), w.where))
          .orderBy(...w.orderBy)
          .limit(w.limit)
          .offset(w.offset),
      ),
    count: () => db.select({ n: count() }).from(trajectories).where(visibleTo(opts)),
  });
}

async function withProducts<T extends { id: string }>(db: Executor, rows: T[]) {
  const productRows = rows.length
    ? await db
        .select({ trajectoryId: trajectoryProducts.trajectoryId, name: products.name })
        .from(trajectoryProducts)
        .innerJoin(products, eq(products.id, trajectoryProducts.productId))
        .where(
          inArray(
            trajectoryProducts.trajectoryId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(products.name))
    : [];
  return rows.map((r) => ({ ...r, products: productRows.filter((p) => p.trajectoryId === r.id).map((p) => p.name) }));
}

export async function getTrajectoryOrThrow(db: Executor, id: string) {
  const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
  if (!row) throw new NotFoundError("trajectory");
  return row;
}

export async function getTrajectoryDetail(db: Executor, id: string) {
  // One round trip: the children are read next to the trajectory; an unknown id fails the first.
  const [trajectory, productRows, municipalityRows, phaseRows, responsibilityRows, transitionRows, documentRows] =
    await Promise.all([
      getTrajectoryOrThrow(db, id),
      db
        .select({ id: products.id, name: products.name })
        .from(trajectoryProducts)
        .innerJoin(products, eq(products.id, trajectoryProducts.productId))
        .where(eq(trajectoryProducts.trajectoryId, id))
        .orderBy(asc(products.name)),
      db
        .select({ id: municipalities.id, name: municipalities.name, subregion: subregions.name })
        .from(trajectoryMunicipalities)
        .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
        .innerJoin(subregions, eq(subregions.id, municipalities.subregionId))
        .where(eq(trajectoryMunicipalities.trajectoryId, id))
        .orderBy(asc(subregions.name), asc(municipalities.name)),
      db.select().from(trajectoryPhases).where(eq(trajectoryPhases.trajectoryId, id)),
      db
        .select()
        .from(trajectoryResponsibilities)
        .where(eq(trajectoryResponsibilities.trajectoryId, id))
        .orderBy(asc(trajectoryResponsibilities.position)),
      db
        .select({
          id: phaseTransitions.id,
          from: phaseTransitions.fromPhase,
          to: phaseTransitions.toPhase,
          reason: phaseTransitions.reason,
          at: phaseTransitions.at,
          actor: users.name,
        })
        .from(phaseTransitions)
        .innerJoin(users, eq(users.id, phaseTransitions.actorId))
        .where(eq(phaseTransitions.trajectoryId, id))
        .orderBy(desc(phaseTransitions.at)),
      listDocuments(db, id, { publicOnly: false }),
    ]);
  return {
    trajectory,
    products: productRows,
    municipalities: municipalityRows,
    subregions: [...new Set(municipalityRows.map((m) => m.subregion))],
    phases: phaseRows,
    responsibilities: responsibilityRows,
    transitions: transitionRows,
    documents: documentRows,
  };
}
export type TrajectoryDetail = Awaited<ReturnType<typeof getTrajectoryDetail>>;

export function listDocuments(db: Executor, trajectoryId: string, opts: { publicOnly: boolean }) {
  return db
    .select({
      id: trajectoryDocuments.id,
      phase: trajectoryDocuments.phase,
      title: trajectoryDocuments.title,
      fileName: trajectoryDocuments.fileName,
      sizeBytes: trajectoryDocuments.sizeBytes,
      isPublic: trajectoryDocuments.isPublic,
      uploadedAt: trajectoryDocuments.uploadedAt,
    })
    .from(trajectoryDocuments)
    .where(
      and(
        eq(trajectoryDocuments.trajectoryId, trajectoryId),
        isNull(trajectoryDocuments.consultationId),
        opts.publicOnly ? eq(trajectoryDocuments.isPublic, true) : undefined,
      ),
    )
    .orderBy(desc(trajectoryDocuments.uploadedAt));
}

export async function getDocumentOrThrow(db: Executor, id: string) {
  const [row] = await db
    .select({ document: trajectoryDocuments, visibility: trajectories.visibility })
    .from(trajectoryDocuments)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryDocuments.trajectoryId))
    .where(eq(trajectoryDocuments.id, id));
  if (!row) throw new NotFoundError("document");
  return row;
}

export const listConsultationAttachments = (db: Executor, consultationId: string) =>
  db
    .select({ id: trajectoryDocuments.id, title: trajectoryDocuments.title, sizeBytes: trajectoryDocuments.sizeBytes })
    .from(trajectoryDocuments)
    .where(eq(trajectoryDocuments.consultationId, consultationId))
    .orderBy(asc(trajectoryDocuments.uploadedAt));
