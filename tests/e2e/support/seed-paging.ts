// Builds a private demo database for the paging spec: the demo, plus more submitted responses to its
// open consultation than one page holds and more finished consultations than one archive page. Run with
// `tsx --conditions=react-server tests/e2e/support/seed-paging.ts <PGlite folder>` before a server of
// its own starts on that folder, so the shared demo that other specs use is left alone.
import { eq } from "drizzle-orm";
import { openDatabase } from "../../../db/connection";
import { seedDemo } from "../../../db/seed";
import {
  consultationAnswers,
  consultationQuestions,
  consultationResponses,
  consultations,
  providers,
  users,
} from "../../../db/schema";

export const PAGING_SEED = {
  consultation: "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?",
  providers: 156,
  archived: 25,
};

async function main(dataDir: string) {
  const db = await openDatabase({ dataDir });
  try {
    await seedDemo(db);
    const [open] = await db.select().from(consultations).where(eq(consultations.title, PAGING_SEED.consultation));
    if (!open) throw new Error("demo consultation not found");
    const questions = await db
      .select({ id: consultationQuestions.id })
      .from(consultationQuestions)
      .where(eq(consultationQuestions.consultationId, open.id));
    const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.email, "inkoper@zaanstad.nl"));
    const sizes = ["small", "medium", "large"] as const;
    const orgs = await db
      .insert(providers)
      .values(
        Array.from({ length: PAGING_SEED.providers }, (_, i) => ({
          name: `Pagina-aanbieder ${String(i + 1).padStart(3, "0")}`,
          kvkNumber: `7${String(i).padStart(7, "0")}`,
          city: "Zaandam",
          sizeClass: sizes[i % 3]!,
        })),
      )
      .returning();
    const start = open.opensAt.getTime() + 60_000;
    const responses = await db
      .insert(consultationResponses)
      .values(
        orgs.map((o, i) => ({
          consultationId: open.id,
          providerId: o.id,
          status: "submitted" as const,
          updatedBy: officer!.id,
          submittedAt: new Date(start + i * 60_000),
        })),
      )
      .returning();
    await db
      .insert(consultationAnswers)
      .values(
        responses.flatMap((r, i) =>
          questions.map((q) => ({ responseId: r.id, questionId: q.id, value: `Antwoord van aanbieder ${i + 1}` })),
        ),
      );
    const { id: _id, title: _title, ...template } = open;
    const day = 86400_000;
    await db.insert(consultations).values(
      Array.from({ length: PAGING_SEED.archived }, (_, i) => ({
        ...template,
        title: `Afgeronde consultatie ${String(i + 1).padStart(2, "0")}`,
        state: "closed" as const,
        opensAt: new Date(Date.now() - (100 + i) * day),
        closesAt: new Date(Date.now() - (60 + i) * day),
      })),
    );
  } finally {
    await db.$close();
  }
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: seed-paging.ts <PGlite folder>");
main(dataDir).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
