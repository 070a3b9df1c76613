import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import {
  consultationAnswers,
  consultationComments,
  consultations,
  meetings,
  trajectories,
  consultationResponses,
  councils as councilsTable,
  providers,
  providerSubregions,
  responseAttachments,
  subregions,
  users,
} from "@/db/schema";
import {
  COMMENT_CURSOR,
  CONSULTATION_CURSOR,
  pageCommentsFor,
  pagePublicConsultationsFor,
  loadQuestionsForOfficer,
  pageResponsesFor,
  RESPONSE_CURSOR,
} from "@/lib/consultation/reads";
import { MEETING_CURSOR, pageMeetingsOfTrajectory } from "@/lib/meeting/reads";
import { createConsultation } from "@/lib/consultation/writes";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
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
    // The count comes with the page's rows; a page past the end has none and counts on its own.
    expect(first.total).toBe(228);
    const past = await pageResponsesFor(db, actor, id, {}, { page: 9, after: null, before: null });
    expect([past.items.length, past.total, past.pastTheEnd]).toEqual([0, 228, true]);
    expect((await pageResponsesFor(db, actor, id, { kind: "council" }, FIRST_PAGE)).total).toBe(12);
    const row = first.items[0]!;
    expect(row.answers.get(question.id)?.value).toMatch(/^Antwoord /);

    const submitted = (i: number) => i % 10 !== 9;
    expect(await walk({ kind: "council" })).toHaveLength(12);
    expect(await walk({ kind: "provider" })).toHaveLength(216);
    expect(await walk({ sizeClass: "small" })).toHaveLength(orgs.filter((_, i) => i % 3 === 2 && submitted(i)).length);
    const inSub = await walk({ subregionId: sub!.id, kind: "provider" });
    expect(inSub).toHaveLength(orgs.filter((_, i) => i % 2 === 0 && submitted(i)).length);
    const small = await pageResponsesFor(db, actor, id, { subregionId: sub!.id }, FIRST_PAGE);
    const linked = await db
      .select({ id: providerSubregions.providerId })
      .from(providerSubregions)
      .where(eq(providerSubregions.subregionId, sub!.id));
    const inSubregion = new Set(linked.map((l) => l.id));
    expect(small.items.length).toBeGreaterThan(0);
    expect(small.items.every((r) => r.providerId !== null && inSubregion.has(r.providerId))).toBe(true);

    const resident = { ...actor, role: "resident" as const };
    await expect(pageResponsesFor(db, resident, id, {}, FIRST_PAGE)).rejects.toBeInstanceOf(ForbiddenError);

    // A page carries each response's attachments in upload order, and a council member's advice goes under
    // the council's name, as in the export.
    const [council] = await owner
      .insert(councilsTable)
      .values({ name: "Wmo-raad Paging", kind: "wmo_council", regionId: (await db.query.regions.findFirst())!.id })
      .returning();
    await owner.update(users).set({ councilId: council!.id }).where(eq(users.id, councils[0]!.id));
    const withFiles = first.items[1]!;
    await owner.insert(responseAttachments).values(
      ["later.pdf", "eerder.pdf"].map((fileName, i) => ({
        responseId: withFiles.id,
        fileName,
        contentType: "application/pdf",
        sizeBytes: 100 + i,
        content: Buffer.from("%PDF-1.4"),
        uploadedBy: actor.id,
        uploadedAt: new Date(Date.UTC(2026, 0, 2 - i)),
      })),
    );
    const again = [];
    for (let n = 1; n <= first.pages; n++)
      again.push(...(await pageResponsesFor(db, actor, id, {}, { page: n, after: null, before: null })).items);
    expect(again).toHaveLength(228);
    const filed = again.find((r) => r.id === withFiles.id)!;
    expect(filed.attachments.map((a) => [a.fileName, a.sizeBytes])).toEqual([
      ["eerder.pdf", 101],
      ["later.pdf", 100],
    ]);
    expect(again.filter((r) => r.attachments.length > 0)).toHaveLength(1);
    const councilResponse = responses.find((r) => r.userId === councils[0]!.id)!;
    expect(again.find((r) => r.id === councilResponse.id)!.respondent).toBe("Wmo-raad Paging");
    const otherMember = responses.find((r) => r.userId === councils[1]!.id)!;
    expect(again.find((r) => r.id === otherMember.id)!.respondent).toBe("Raadslid 1");

    // The overview's heading and tables: the title and the questions in their order, for officers only.
    const full = await getConsultationOrThrow(db, id);
    expect(await loadQuestionsForOfficer(db, actor, id)).toEqual({
      id,
      title: full.title,
      questions: full.questions.map((q) => ({ id: q.id, prompt: q.prompt })),
    });
    await expect(loadQuestionsForOfficer(db, resident, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadQuestionsForOfficer(db, actor, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("public consultations and the archive: consultation 201 of each is reachable, nothing else shows", async () => {
    const db = getDb();
    const owner = getOwner();
    const world = await providerWorld(db, "-archive");
    const [internal] = await owner
      .insert(trajectories)
      .values({
        title: "Intern",
        summary: "Intern traject",
        domain: "wmo",
        procedureType: "sas",
        legalStage: "preparation",
        visibility: "internal",
        createdBy: world.ctx.actor.id,
      })
      .returning();
    const trajectoryId = world.input.trajectoryId;
    const day = 86400_000;
    const now = new Date();
    const base = {
      phase: "analysis" as const,
      introduction: world.input.introduction,
      form: "written" as const,
      interaction: "interactive" as const,
      audience: "providers" as const,
      createdBy: world.ctx.actor.id,
    };
    const row = (i: number, kind: "open" | "finished" | "hidden") => ({
      ...base,
      trajectoryId: kind === "hidden" && i % 2 ? internal!.id : trajectoryId,
      title: `${kind} ${i}`,
      openness: kind === "hidden" && i % 2 === 0 ? ("closed" as const) : ("open" as const),
      // Finished: closed, feedback published, or still "open" with its closing time passed.
      state: kind === "open" ? ("open" as const) : (["closed", "feedback_published", "open"] as const)[i % 3]!,
      opensAt: new Date(now.getTime() - 30 * day),
      closesAt: new Date(now.getTime() + (kind === "finished" ? -1 : 1) * (i + 1) * 3600_000),
    });
    await owner
      .insert(consultations)
      .values([
        ...Array.from({ length: 201 }, (_, i) => row(i, "open")),
        ...Array.from({ length: 201 }, (_, i) => row(i, "finished")),
        ...Array.from({ length: 20 }, (_, i) => row(i, "hidden")),
      ]);
    await tieTimestamps(owner, "consultations", "closes_at", "title like 'open %'", "now() + interval '10 days'");
    const open = await walkAllPages(
      (r) => pagePublicConsultationsFor(db, "open", now, r),
      CONSULTATION_CURSOR.open,
      (c) => c.title,
    );
    expect(open.sort()).toEqual(Array.from({ length: 201 }, (_, i) => `open ${i}`).sort());
    const archive = await walkAllPages(
      (r) => pagePublicConsultationsFor(db, "archive", now, r),
      CONSULTATION_CURSOR.archive,
      (c) => c.title,
    );
    // The most recently closed first.
    expect(archive).toEqual(Array.from({ length: 201 }, (_, i) => `finished ${i}`));
  });

  it("comments: thread 201 is reachable, each with its replies on the same page", async () => {
    const db = getDb();
    const owner = getOwner();
    const world = await providerWorld(db, "-comments");
    const { id } = await createConsultation(world.ctx, world.input);
    const author = world.ctx.actor.id;
    const threads = await owner
      .insert(consultationComments)
      .values(Array.from({ length: 201 }, (_, i) => ({ consultationId: id, authorId: author, body: `Reactie ${i}` })))
      .returning();
    await owner.insert(consultationComments).values(
      threads.flatMap((c, i) =>
        i % 50 === 49
          ? Array.from({ length: 3 }, (_, j) => ({
              consultationId: id,
              authorId: author,
              parentId: c.id,
              body: `Antwoord ${j}`,
            }))
          : [],
      ),
    );
    await tieTimestamps(owner, "consultation_comments", "created_at", "parent_id is null");
    const visible = {
      consultation: { id },
      resource: {
        openness: "open",
        interaction: "interactive",
        audience: "providers",
        state: "open",
        invited: false,
        hasSubmitted: false,
      },
    } as unknown as Parameters<typeof pageCommentsFor>[2];
    const seen = await walkAllPages(
      async (r) => {
        const page = await pageCommentsFor(db, null, visible, r);
        const top = page.items.filter((c) => !c.parentId);
        for (const parent of top.filter((c) => c.body === "Reactie 49" || c.body === "Reactie 199"))
          expect(page.items.filter((c) => c.parentId === parent.id)).toHaveLength(3);
        return { ...page, items: top };
      },
      COMMENT_CURSOR,
      (c) => c.id,
    );
    expect(seen).toHaveLength(201);
  });

  it("meetings of a trajectory: meeting 201 is reachable", async () => {
    const db = getDb();
    const owner = getOwner();
    const world = await providerWorld(db, "-meetings");
    const trajectoryId = world.input.trajectoryId;
    await owner.insert(meetings).values(
      Array.from({ length: 201 }, (_, i) => ({
        trajectoryId,
        kind: "plenary" as const,
        title: `Bijeenkomst ${i}`,
        startsAt: new Date("2027-01-01T10:00:00Z"),
        endsAt: new Date("2027-01-01T12:00:00Z"),
        agenda: "Agenda",
        createdBy: world.ctx.actor.id,
      })),
    );
    await tieTimestamps(owner, "meetings", "starts_at");
    const all = await walkAllPages(
      (r) => pageMeetingsOfTrajectory(db, world.ctx.actor, trajectoryId, r),
      MEETING_CURSOR,
      (m) => m.id,
    );
    expect(all).toHaveLength(201);
    await expect(pageMeetingsOfTrajectory(db, null, trajectoryId, FIRST_PAGE)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
