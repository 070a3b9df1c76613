import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listPublicFigures, municipalDetectionContext } from "@/lib/public-figures/reads";
import { publicFigureInput } from "@/lib/public-figures/validation";
import { addPublicFigure, removePublicFigure } from "@/lib/public-figures/writes";
import { detectSensitive } from "@/lib/redaction/detect";
import { createTrajectory } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const ORIGIN = "test";
const figure = (trajectoryId: string, value: string, description = "Uurtarief begeleiding 2027") =>
  publicFigureInput.parse({ trajectoryId, figure: value, description, source: "" });

describeEachDatabase("public figures of a trajectory", (getDb) => {
  it("adds and removes figures with an audit entry each, and refuses the same value written otherwise", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-pf");
    const ctx = { db, actor, origin: ORIGIN };
    const { id } = await createTrajectory(ctx, input);
    const { id: figureId } = await addPublicFigure(ctx, figure(id, "€ 62,40"));
    await addPublicFigure(ctx, figure(id, "3,8%", "OVA-indexatie 2027"));
    await expect(addPublicFigure(ctx, figure(id, "62,40 euro"))).rejects.toBeInstanceOf(DomainRuleError);
    expect((await listPublicFigures(db, id)).map((f) => f.figure)).toEqual(["€ 62,40", "3,8%"]);

    await removePublicFigure(ctx, { trajectoryId: id, figureId });
    expect((await listPublicFigures(db, id)).map((f) => f.figure)).toEqual(["3,8%"]);
    await expect(removePublicFigure(ctx, { trajectoryId: id, figureId })).rejects.toBeInstanceOf(NotFoundError);
    const audit = await db.select().from(auditLog).where(eq(auditLog.trajectoryId, id));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith("public_figures."))).toEqual([
      "public_figures.add",
      "public_figures.add",
      "public_figures.remove",
    ]);
  });

  it("refuses anyone but an officer, and a trajectory that does not exist", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-pf2");
    const { id } = await createTrajectory({ db, actor, origin: ORIGIN }, input);
    const admin = { ...actor, role: "admin" as const };
    await expect(addPublicFigure({ db, actor: admin, origin: ORIGIN }, figure(id, "€ 10"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const unknown = "99999999-9999-4999-8999-999999999999";
    await expect(addPublicFigure({ db, actor, origin: ORIGIN }, figure(unknown, "€ 10"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("gives the detector the trajectory's figures, the officers' mail domains and names", async () => {
    const db = getDb();
    const { actor, input } = await minimalWorld(db, "-pf3");
    const ctx = { db, actor, origin: ORIGIN };
    const { id } = await createTrajectory(ctx, input);
    await addPublicFigure(ctx, figure(id, "€ 62,40"));
    await db.insert(users).values({ email: "wmo.consulent@gemeente-pf3.nl", name: "Noor Consulent", role: "officer" });
    const context = await municipalDetectionContext(db, id);
    expect(context.publicFigures).toEqual(["€ 62,40"]);
    expect(context.municipalDomains).toEqual(expect.arrayContaining(["example.nl", "gemeente-pf3.nl"]));
    expect(context.officials).toEqual(expect.arrayContaining(["Inkoper", "Noor Consulent"]));

    const text = "Onze kostprijs ligt boven het uurtarief van 62,40 euro; mail j.bakker@example.nl of info@example.nl.";
    const kinds = detectSensitive(text, context).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
    expect(kinds).toEqual(["email:j.bakker@example.nl"]);
  });
});
