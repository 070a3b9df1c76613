import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, phaseTransitions, trajectories } from "@/db/schema";
import { getTrajectoryDetail, listTrajectories, listTrajectoryChoices } from "@/db/queries/trajectories";
import { listAuditForTrajectory } from "@/db/queries/audit";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { savePhaseNotes, uploadPhaseDocument } from "@/lib/trajectory/phase-records";
import { createTrajectory, moveTrajectoryPhase, updateTrajectory } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const ORIGIN = "test";
const UNKNOWN = "99999999-9999-4999-8999-999999999999";

describeEachDatabase("trajectory data layer", (getDb) => {
  it("creates a trajectory with its children and an audit entry", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-create");
    const { id } = await createTrajectory({ db, actor, origin: ORIGIN }, input);
    const detail = await getTrajectoryDetail(db, id);
    expect(detail.trajectory.currentPhase).toBe("strategic_goals");
    expect(detail.products).toHaveLength(1);
    expect(detail.subregions).toEqual(["Subregio-create"]);
    expect(detail.phases).toHaveLength(4);
    expect(detail.responsibilities.map((r) => r.task)).toEqual(["Procesregie"]);
    const audit = await listAuditForTrajectory(db, id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "trajectory.create",
      actorId: actor.id,
      result: "success",
      origin: ORIGIN,
      objectType: "trajectory",
    });
  });

  it("moves forward and back, records who, when and why, and refuses skips and stale moves", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-move");
    const ctx = { db, actor, origin: ORIGIN };
    const { id } = await createTrajectory(ctx, input);
    await moveTrajectoryPhase(ctx, { trajectoryId: id, from: "strategic_goals", to: "analysis" });
    await expect(
      moveTrajectoryPhase(ctx, { trajectoryId: id, from: "strategic_goals", to: "analysis" }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      moveTrajectoryPhase(ctx, { trajectoryId: id, from: "analysis", to: "execution" }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      moveTrajectoryPhase(ctx, { trajectoryId: id, from: "analysis", to: "strategic_goals", reason: "kort" }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await moveTrajectoryPhase(ctx, {
      trajectoryId: id,
      from: "analysis",
      to: "strategic_goals",
      reason: "Doelen moeten opnieuw worden vastgesteld",
    });
    const moves = await db.select().from(phaseTransitions).where(eq(phaseTransitions.trajectoryId, id));
    expect(moves.map((m) => [m.fromPhase, m.toPhase, m.actorId])).toEqual([
      ["strategic_goals", "analysis", actor.id],
      ["analysis", "strategic_goals", actor.id],
    ]);
    expect(moves[1]?.reason).toBe("Doelen moeten opnieuw worden vastgesteld");
    const audit = await listAuditForTrajectory(db, id);
    expect(audit.filter((a) => a.action === "trajectory.move_phase")).toHaveLength(2);
    const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
    expect(row?.currentPhase).toBe("strategic_goals");
  });

  it("writes nothing, also no audit entry, when the change fails", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-rollback");
    const before = (await db.select().from(auditLog)).length;
    await expect(
      createTrajectory({ db, actor, origin: ORIGIN }, { ...input, productIds: [UNKNOWN] }),
    ).rejects.toThrow();
    expect((await db.select().from(auditLog)).length).toBe(before);
    expect(
      await listTrajectories(db, { includeInternal: true }).then((l) =>
        l.filter((t) => t.title === input.title && t.products.length === 0),
      ),
    ).toEqual([]);
  });

  it("updates, hides internal trajectories from the public list, and reports unknown ids as not found", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-update");
    const ctx = { db, actor, origin: ORIGIN };
    const { id } = await createTrajectory(ctx, input);
    await updateTrajectory(ctx, id, { ...input, title: "Intern traject", visibility: "internal" });
    expect((await listTrajectories(db, { includeInternal: false })).some((t) => t.id === id)).toBe(false);
    expect(
      (await listTrajectories(db, { includeInternal: true })).some((t) => t.id === id && t.title === "Intern traject"),
    ).toBe(true);
    await expect(updateTrajectory(ctx, UNKNOWN, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTrajectoryDetail(db, UNKNOWN)).rejects.toBeInstanceOf(NotFoundError);
    // The choices of a select: the same trajectories in the same order, by id and title only.
    for (const includeInternal of [false, true]) {
      const listed = await listTrajectories(db, { includeInternal });
      expect(await listTrajectoryChoices(db, { includeInternal })).toEqual(
        listed.map((t) => ({ id: t.id, title: t.title })),
      );
    }
  });

  it("stores phase notes and PDF documents, refusing files that are not PDF", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-notes");
    const ctx = { db, actor, origin: ORIGIN };
    const { id } = await createTrajectory(ctx, input);
    const notes = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Besluit: preventie eerst" }] }],
    };
    await savePhaseNotes(ctx, { trajectoryId: id, phase: "analysis", notes });
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer\n%%EOF\n")], "nota.pdf", {
      type: "application/pdf",
    });
    await uploadPhaseDocument(ctx, {
      trajectoryId: id,
      phase: "analysis",
      title: "Marktanalyse",
      isPublic: true,
      file: pdf,
    });
    const fake = new File([new TextEncoder().encode("MZ not a pdf at all, but named like one")], "virus.pdf", {
      type: "application/pdf",
    });
    await expect(
      uploadPhaseDocument(ctx, { trajectoryId: id, phase: "analysis", title: "Nep", isPublic: false, file: fake }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    const detail = await getTrajectoryDetail(db, id);
    expect(detail.phases.find((p) => p.phase === "analysis")?.notes).toEqual(notes);
    expect(detail.documents.map((d) => d.title)).toEqual(["Marktanalyse"]);
    const actions = (await listAuditForTrajectory(db, id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["trajectory.update_notes", "document.upload"]));
  });
});
