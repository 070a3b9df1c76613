import { eq } from "drizzle-orm";
import { consultationQuestions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { ConsultationInput } from "@/lib/consultation/validation";
import { createConsultation } from "@/lib/consultation/writes";
import type { Phase } from "@/lib/trajectory/constants";
import type { Replay } from "./replay";

/** The demo accounts that act in the replayed dialogue. */
export const INKOPER = "inkoper@zaanstad.nl";
export const BELEID = "beleid@zaanstad.nl";
export const ZORGGROEP = "aanbieder@zorggroep-zaanstreek.nl";
export const WIJKZORG = "aanbieder@wijkzorg-waterland.nl";
export const ZZP = "zzp@zorgaandezaan.nl";
export const INWONER = "inwoner@example.nl";
export const CLIENTENRAAD = "clientenraad@example.nl";
export const WMORAAD = "wmoraad@example.nl";

export type Ids = { trajectories: Map<string, string>; providers: Map<string, string> };

export async function questionIds(tx: Executor, consultationId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: consultationQuestions.id })
    .from(consultationQuestions)
    .where(eq(consultationQuestions.consultationId, consultationId))
    .orderBy(consultationQuestions.position);
  return rows.map((r) => r.id);
}

/** The form fields a response posts: answer_<question> per answer and sensitive_<question> when marked. */
export function answers(questions: string[], values: (string | string[] | null)[], sensitive: number[] = []) {
  const fields: Record<string, string | string[]> = {};
  values.forEach((v, i) => {
    if (v !== null) fields[`answer_${questions[i]}`] = v;
  });
  for (const i of sensitive) fields[`sensitive_${questions[i]}`] = "on";
  return fields;
}

export async function create(
  replay: Replay,
  at: Date,
  input: Omit<ConsultationInput, "phase"> & { phase: Phase },
): Promise<string> {
  return (await replay.as(INKOPER, at, (ctx) => createConsultation(ctx, input))).id;
}
