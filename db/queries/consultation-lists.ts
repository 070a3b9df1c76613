import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { commentFlags, consultationComments, consultations, trajectories, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";
import { listColumns, type CommentRow } from "./consultations";
import { inIdList } from "./id-list";

export type PublicListing = "open" | "archive";

export const OPEN_KEYS: SortKey[] = [
  { column: consultations.closesAt, kind: "timestamp", direction: "asc" },
  { column: consultations.id, kind: "uuid", direction: "asc" },
];
export const ARCHIVE_KEYS: SortKey[] = [
  { column: consultations.closesAt, kind: "timestamp", direction: "desc" },
  { column: consultations.id, kind: "uuid", direction: "desc" },
];

/**
 * Consultations on the public portal (open to all, of a public trajectory): still open, soonest
 * closing first; or the archive of finished ones (closed, also when only their closing time passed,
 * or with feedback), most recently closed first.
 */
function publicWhere(listing: PublicListing, now: Date): SQL {
  const finished = or(
    inArray(consultations.state, ["closed", "feedback_published"]),
    and(inArray(consultations.state, ["published", "open"]), lte(consultations.closesAt, now)),
  );
  const open = and(inArray(consultations.state, ["published", "open"]), gt(consultations.closesAt, now));
  return and(
    eq(consultations.openness, "open"),
    eq(trajectories.visibility, "public"),
    listing === "open" ? open : finished,
  )!;
}

export function pagePublicConsultations(
  db: Executor,
  listing: PublicListing,
  now: Date,
  request: PageRequest,
  size: number,
) {
  const keys = listing === "open" ? OPEN_KEYS : ARCHIVE_KEYS;
  const where = publicWhere(listing, now);
  return keysetPage(keys, request, size, {
    rows: (w) =>
      db
        .select({ ...listColumns, ...keyColumns(keys), ...w.total })
        .from(consultations)
        .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
        .where(and(where, w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () =>
      db
        .select({ n: count() })
        .from(consultations)
        .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
        .where(where),
  });
}

export const COMMENT_KEYS: SortKey[] = [
  { column: consultationComments.createdAt, kind: "timestamp", direction: "asc" },
  { column: consultationComments.id, kind: "uuid", direction: "asc" },
];

const commentColumns = {
  comment: consultationComments,
  author: users.name,
  flags: sql<number>`(select count(*)::int from ${commentFlags}
    where ${commentFlags.commentId} = ${consultationComments.id})`,
};

/**
 * One page of a consultation's discussion: the top-level comments in order, each with all of its
 * replies, so a thread is never split over two pages.
 */
export async function pageComments(db: Executor, consultationId: string, request: PageRequest, size: number) {
  const topLevel = and(eq(consultationComments.consultationId, consultationId), isNull(consultationComments.parentId));
  const page = await keysetPage(COMMENT_KEYS, request, size, {
    rows: (w) =>
      db
        .select({ ...commentColumns, ...keyColumns(COMMENT_KEYS), ...w.total })
        .from(consultationComments)
        .innerJoin(users, eq(users.id, consultationComments.authorId))
        .where(and(topLevel, w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () => db.select({ n: count() }).from(consultationComments).where(topLevel),
  });
  const parents = page.items.map((r) => r.comment.id);
  const replies = parents.length
    ? await db
        .select(commentColumns)
        .from(consultationComments)
        .innerJoin(users, eq(users.id, consultationComments.authorId))
        .where(inIdList(consultationComments.parentId, parents))
        .orderBy(asc(consultationComments.createdAt), asc(consultationComments.id))
    : [];
  const row = (r: (typeof replies)[number]): CommentRow => ({ ...r.comment, author: r.author, flags: Number(r.flags) });
  return { ...page, items: [...page.items.map(row), ...replies.map(row)] };
}
