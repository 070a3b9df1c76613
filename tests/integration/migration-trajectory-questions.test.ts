import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { PGLITE_EXTENSIONS } from "@/db/pglite-extensions";

const DIR = path.join(process.cwd(), "db/migrations");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".sql"))
  .sort();
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

async function apply(db: PGlite, file: string) {
  for (const statement of readFileSync(path.join(DIR, file), "utf8").split("--> statement-breakpoint"))
    if (statement.trim()) await db.exec(statement);
}

// Questions, rounds and published versions written before trajectory-wide questions existed keep working:
// they get their consultation's trajectory, and published versions stay immutable.
describe("migration 0037: questions about a trajectory as a whole [pglite]", () => {
  // The later migrations are applied too, so the extensions they create must be there.
  const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
  afterAll(() => db.close());

  it("fills the trajectory of existing rounds and versions, keeps versions immutable, and numbers each series", async () => {
    const target = FILES.findIndex((f) => f.startsWith("0037_"));
    expect(target).toBeGreaterThan(0);
    for (const file of FILES.slice(0, target)) await apply(db, file);
    await db.exec(`
      INSERT INTO users (id, email, name, role) VALUES ('${ID(1)}', 'o@example.nl', 'O', 'officer');
      INSERT INTO trajectories (id, title, summary, domain, procedure_type, legal_stage, created_by)
        VALUES ('${ID(2)}', 'T', 'S', 'wmo', 'sas', 'preparation', '${ID(1)}');
      INSERT INTO consultations (id, trajectory_id, phase, title, introduction, openness, form, interaction, audience,
        opens_at, closes_at, created_by)
        VALUES ('${ID(3)}', '${ID(2)}', 'analysis', 'C', '{}', 'open', 'written', 'interactive', 'both', now(),
        now() + interval '1 day', '${ID(1)}');
      INSERT INTO qa_rounds (id, consultation_id, number, created_by) VALUES ('${ID(4)}', '${ID(3)}', 1, '${ID(1)}');
      INSERT INTO qa_round_versions (round_id, consultation_id, round_number, version, body, html, text, pdf,
        question_count, redaction_count, approved_by, published_by)
        VALUES ('${ID(4)}', '${ID(3)}', 1, 1, '{}', '<p></p>', 't', '\\x00', 1, 0, '${ID(1)}', '${ID(1)}');
    `);
    for (const file of FILES.slice(target)) await apply(db, file);

    expect((await db.query("SELECT trajectory_id FROM qa_rounds")).rows).toEqual([{ trajectory_id: ID(2) }]);
    expect((await db.query("SELECT trajectory_id, consultation_id FROM qa_round_versions")).rows).toEqual([
      { trajectory_id: ID(2), consultation_id: ID(3) },
    ]);
    for (const statement of ["UPDATE qa_round_versions SET html = 'x'", "DELETE FROM qa_round_versions"])
      await expect(db.exec(statement), statement).rejects.toThrow(/immutable/);
    // The trajectory's own series starts at 1 beside the consultation's, and is unique in itself.
    const trajectoryRound = `INSERT INTO qa_rounds (consultation_id, trajectory_id, number, created_by)
      VALUES (NULL, '${ID(2)}', 1, '${ID(1)}')`;
    await db.exec(trajectoryRound);
    await expect(db.exec(trajectoryRound)).rejects.toThrow(/qa_round_trajectory_number_key/);
    await expect(
      db.exec(`INSERT INTO qa_rounds (consultation_id, trajectory_id, number, created_by)
        VALUES ('${ID(3)}', '${ID(2)}', 1, '${ID(1)}')`),
    ).rejects.toThrow(/qa_round_number_key/);
  });
});
