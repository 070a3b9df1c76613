import { expect, it } from "vitest";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import {
  consultationAnswers,
  consultationResponses,
  providers,
  providerSubregions,
  subregions,
  users,
} from "@/db/schema";
import { pageResponsesFor, RESPONSE_CURSOR } from "@/lib/consultation/reads";
import { createConsultation } from "@/lib/consultation/writes";
import { ForbiddenError } from "@/lib/errors";
import { FIRST_PAGE } from "@/lib/paging/request";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";
import { tieTimestamps, walkAllPages } from "./paging-support";

const SIZES = ["large", "medium", "small"] as const;

describeEachDatabase("consultation lists page through every row", (getDb, _driver, getOwner) => {
  it("the officer's response overview: response 201 is reachable, 50 a page, with every filter", async () => {
    const db = getDb();
    const owner = getOwner();
    const world = await providerWorld(db, "-responses");
    const { id } = await createConsultation(world.ctx, world.input);
    const question = (await getConsultationOrThrow(db, id)).questions[0]!;
    const [sub] = await owner
      .insert(subregions)
      .values({ name: "Paging-subregio", regionId: (await db.query.regions.findFirst())!.id })
      .returning();
    const orgs = await owner
      .insert(providers)
      .values(
        Array.from({ length: 240 }, (_, i) => ({
          name: `Aanbieder ${i}`,
          kvkNumber: `9${String(i).padStart(7, "0")}`,
          city: "Zaandam",
          sizeClass: SIZES[i % 3]!,
        })),
      )
      .returning();
    await owner
      .insert(providerSubregions)
      .values(orgs.filter((_, i) => i % 2 === 0).map((o) => ({ providerId: o.id, subregionId: sub!.id })));
    const councils = await owner
      .insert(users)
      .values(
        Array.from({ length: 12 }, (_, i) => ({
          email: `raad${i}@example.nl`,
          name: `Raadslid ${i}`,
          role: "resident" as const,
        })),
      )
      .returning();
    // 228 submitted (216 providers, 12 council members) and 24 drafts, which the overview never shows.
    const responses = await owner
      .insert(consultationResponses)
      .values([
        ...orgs.map((o, i) => ({
          consultationId: id,
          providerId: o.id,
          status: i % 10 === 9 ? ("draft" as const) : ("submitted" as const),
          updatedBy: world.ctx.actor.id,
          submittedAt: i % 10 === 9 ? null : new Date(),
        })),
        ...councils.map((c) => ({
          consultationId: id,
          userId: c.id,
          status: "submitted" as const,
          updatedBy: c.id,
          submittedAt: new Date(),
        })),
      ])
      .returning();
    await owner.insert(consultationAnswers).values(
      responses.map((r, i) => ({
        responseId: r.id,
        questionId: question.id,
        value: `Antwoord ${i}`,
        competitionSensitive: i % 5 === 0,
      })),
    );
    await tieTimestamps(owner, "consultation_responses", "submitted_at", "submitted_at is not null");
    const actor = world.ctx.actor;
    const walk = (filter: Parameters<typeof pageResponsesFor>[3]) =>
      walkAllPages(
        (r) => pageResponsesFor(db, actor, id, filter, r),
        RESPONSE_CURSOR,
        (row) => row.id,
      );

    const all = await walk({});
    expect(all).toHaveLength(228);
    const first = await pageResponsesFor(db, actor, id, {}, FIRST_PAGE);
    expect(first.items).toHaveLength(50);
    expect(first.pages).toBe(5);
    const row = first.items[0]!;
    expect(row.answers.get(question.id)?.value).toMatch(/^Antwoord /);

    const submitted = (i: number) => i % 10 !== 9;
    expect(await walk({ kind: "council" })).toHaveLength(12);
    expect(await walk({ kind: "provider" })).toHaveLength(216);
    expect(await walk({ sizeClass: "small" })).toHaveLength(orgs.filter((_, i) => i % 3 === 2 && submitted(i)).length);
    const inSub = await walk({ subregionId: sub!.id, kind: "provider" });
    expect(inSub).toHaveLength(orgs.filter((_, i) => i % 2 === 0 && submitted(i)).length);
    const small = await pageResponsesFor(db, actor, id, { subregionId: sub!.id }, FIRST_PAGE);
    expect(small.items.every((r) => r.subregions.some((s) => s.id === sub!.id))).toBe(true);

    const resident = { ...actor, role: "resident" as const };
    await expect(pageResponsesFor(db, resident, id, {}, FIRST_PAGE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
