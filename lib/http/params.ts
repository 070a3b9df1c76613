import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { PHASES, type Phase } from "@/lib/trajectory/constants";

/** Malformed ids in a URL are simply unknown pages. */
export function idParam(raw: string): string {
  const parsed = z.uuid().safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

export function phaseParam(raw: string): Phase {
  return (PHASES as readonly string[]).includes(raw) ? (raw as Phase) : notFound();
}

/** Runs a lookup and turns the domain's not-found into the 404 page. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
