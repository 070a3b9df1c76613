import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  auditLog,
  consultations,
  kpiDataImports,
  notifications,
  providers,
  qaQuestions,
  qaRoundVersions,
  trajectories,
  users,
} from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { DEMO_CONSULTATIONS } from "@/db/seed/dialogue-data";
import { TRAJECTORY_IN_ANALYSIS } from "@/db/seed/dialogue-history";
import { IMPORTED } from "@/db/seed/kpi-data";
import { COST_PRICE } from "@/db/seed/question-data";
import { loadActors } from "@/db/seed/replay";
import { loadDashboardFor } from "@/lib/contract/reads";
import { importYearProblem } from "@/lib/kpi/measurement/import-writes";
import { lastCompletedYear } from "@/lib/kpi/measurement-year";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { loadCombinedNotaFor } from "@/lib/questions/nota";
import { loadTrajectoryRoundVersionFor } from "@/lib/questions/trajectory-reads";
import { remindUnansweredQuestions } from "@/lib/questions/unanswered-reminders";
import { amsterdamDay, parseLocalDateTime } from "@/lib/time/amsterdam";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("demo data: question rounds and imported KPI data", (getDb) => {
  let seededAt: Date;

  beforeAll(async () => {
    seededAt = new Date();
    await seedDemo(getDb());
  }, 120_000);

  it("publishes round 1 of the open consultation with four eyes, the cost price redacted and no asker named", async () => {
    const db = getDb();
    const [open] = await db.select().from(consultations).where(eq(consultations.title, DEMO_CONSULTATIONS.open));
    const questions = await db.select().from(qaQuestions).where(eq(qaQuestions.consultationId, open!.id));
    expect(questions.map((q) => q.state).sort()).toEqual(["answered", "answered", "merged", "received"]);
    expect(questions.find((q) => q.state === "received")!.answerState).toBe("none");
    const askers = new Set(questions.map((q) => q.providerId));
    expect(askers.size).toBe(2);

    const [version, ...more] = await db
      .select()
      .from(qaRoundVersions)
      .where(eq(qaRoundVersions.consultationId, open!.id));
    expect(more).toEqual([]);
    expect(version).toMatchObject({ roundNumber: 1, version: 1, questionCount: 2, redactionCount: 1 });
    expect(version!.publishedAt.getTime()).toBeLessThan(seededAt.getTime());
    const publish = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, version!.roundId), eq(auditLog.action, "question_round.publish")));
    expect(publish.map((a) => a.at.getTime())).toEqual([version!.publishedAt.getTime()]);
    // Whoever answered may not approve; the approver is a colleague.
    const answeredBy = new Set(questions.flatMap((q) => q.touchedBy));
    expect(answeredBy.has(version!.approvedBy)).toBe(false);

    const named = await db
      .select({ user: users.name, email: users.email, provider: providers.name })
      .from(users)
      .innerJoin(providers, eq(providers.id, users.providerId));
    const combined = await loadCombinedNotaFor(db, null, open!.id);
    const pdf = (await extractPdfText(version!.pdf)).text;
    for (const surface of [version!.html, version!.text, JSON.stringify(version!.body), pdf, combined.html]) {
      expect(surface).toContain("kostprijsonderzoek");
      expect(surface).toContain("[weggelakt — concurrentiegevoelig, 5.1.2f]");
      expect(surface).not.toContain(COST_PRICE.replace("€ ", ""));
      for (const n of named) for (const secret of [n.user, n.email, n.provider]) expect(surface).not.toContain(secret);
    }
    // Both askers heard of it at the moment of publication.
    const told = await db
      .select({ at: notifications.createdAt, provider: users.providerId })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.link, `http://localhost:3000/consultaties/${open!.id}/vragen/ronde/1`));
    for (const provider of askers) expect(told.map((t) => t.provider)).toContain(provider);
    expect(new Set(told.map((t) => t.at.getTime()))).toEqual(new Set([version!.publishedAt.getTime()]));
  });

  it("answers a question about the trajectory in analysis as a whole in its own published round", async () => {
    const db = getDb();
    const [tr] = await db.select().from(trajectories).where(eq(trajectories.title, TRAJECTORY_IN_ANALYSIS));
    expect(tr!.currentPhase).toBe("analysis");
    const [version] = await db
      .select()
      .from(qaRoundVersions)
      .where(and(eq(qaRoundVersions.trajectoryId, tr!.id), isNull(qaRoundVersions.consultationId)));
    expect(version).toMatchObject({ roundNumber: 1, version: 1, questionCount: 1 });
    // A visitor reads it: the trajectory is public.
    const read = await loadTrajectoryRoundVersionFor(db, null, tr!.id, 1, 1);
    expect(read.version.id).toBe(version!.id);
    expect(version!.text).toContain("wachttijden");
  });

  it("leaves one question waiting long enough for the officers' reminder", async () => {
    const db = getDb();
    const tenToday = parseLocalDateTime(`${amsterdamDay(seededAt)}T10:00`)!;
    const outcome = await remindUnansweredQuestions({ db, now: tenToday, siteUrl: "http://localhost:3000" }, 2);
    expect(outcome).toMatchObject({ consultations: 1, trajectories: 0 });
    expect(outcome.notified).toBeGreaterThanOrEqual(1);
  });

  it("imports a completed year of records for one contract, computed and dated inside the source's window", async () => {
    const db = getDb();
    const year = lastCompletedYear(seededAt);
    const imports = await db.select().from(kpiDataImports);
    expect(imports.map((i) => [i.kind, i.year, i.rowCount]).sort()).toEqual([
      ["care_start", year, 20],
      ["result", year, 20],
    ]);
    for (const i of imports) {
      expect(i.importedAt.getTime()).toBeLessThan(seededAt.getTime());
      expect(importYearProblem(i.year, i.importedAt)).toBeNull();
    }
    const officer = (await loadActors(db)).get("contractmanager@purmerend.nl")!;
    const { results, history } = await loadDashboardFor(db, officer, { year });
    const computed = results.filter(
      (r) => r.subregionName === IMPORTED.subregion && r.providerName === "Zorggroep Zaanstreek",
    );
    expect(computed.map((r) => [r.code, Number(r.value), r.clientsInCare]).sort()).toEqual([
      ["care_start", 85, 20],
      ["result_achieved", 70, 20],
    ]);
    expect(history.length).toBeGreaterThanOrEqual(results.length);
    // The typed results of the other contracts and sub-regions are still there, unchanged in number.
    expect(results.length).toBe(2 + 6 + 3 + 6);
  });
});
