import type { Executor } from "@/db/connection";

/** What a scheduled job gets: the database, the moment it runs for, and the site address for links. */
export type JobContext = { db: Executor; now: Date; siteUrl: string };

/** Audit entries written by a scheduled job say so in their origin. */
export const jobOrigin = (name: string) => `job:${name}`;
