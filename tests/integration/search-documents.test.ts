import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  consultationInvitations,
  consultations,
  meetings,
  minutesVersions,
  providers,
  trajectories,
  trajectoryDocuments,
} from "@/db/schema";
import { queryRows, type Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { plainSearch } from "@/lib/search/query";
import { searchFor } from "@/lib/search/reads";
import { describeEachDatabase } from "../helpers/test-db";
import { providerWorld, sampleDoc } from "./fixtures";

/*
 * The search reads one table of search documents that triggers keep (migration 0040). These tests change the
 * sources directly, as any write would, and check that the search follows at once: what a row reaches depends
 * on other rows (a trajectory's visibility, a consultation's openness), so those changes must reach it too.
 */

type World = Awaited<ReturnType<typeof build>>;

/** Publishes a version of a meeting's minutes with this text, as the publication step writes it. */
async function publishMinutes(db: Database, meetingId: string, version: number, text: string, officerId: string) {
  const [row] = await db
    .insert(minutesVersions)
    .values({
      meetingId,
      version,
      body: { type: "doc", content: [] },
      html: `<p>${text}</p>`,
      text,
      pdf: new Uint8Array([37, 80, 68, 70]),
      redactionCount: 0,
      approvedBy: officerId,
      publishedBy: officerId,
    })
    .returning();
  return row!;
}

async function build(db: Database) {
  const w = await providerWorld(db, "-sd");
  const officer = w.ctx.actor;
  const trajectoryId = w.input.trajectoryId;
  await db.update(trajectories).set({ visibility: "public" }).where(eq(trajectories.id, trajectoryId));
  const [consultation] = await db
    .insert(consultations)
    .values({
      trajectoryId,
      phase: "analysis",
      title: "Kwartiermaken in de wijk",
      introduction: sampleDoc,
      openness: "open",
      form: "written",
      interaction: "non_interactive",
      audience: "both",
      state: "published",
      opensAt: new Date("2027-01-01T09:00:00Z"),
      closesAt: new Date("2027-02-01T09:00:00Z"),
      createdBy: officer.id,
    })
    .returning();
  await db.insert(consultationInvitations).values({ consultationId: consultation!.id, providerId: w.a.id });
  const document = (title: string, values: { consultationId?: string; isPublic: boolean }) => ({
    trajectoryId,
    phase: "analysis" as const,
    title,
    fileName: "nota.pdf",
    contentType: "application/pdf",
    sizeBytes: 4,
    content: new Uint8Array([37, 80, 68, 70]),
    extractedText: "Over kwartiermaken.",
    uploadedBy: officer.id,
    ...values,
  });
  const [attachment, publicDocument] = await db
    .insert(trajectoryDocuments)
    .values([
      document("Bijlage kwartiermaken", { consultationId: consultation!.id, isPublic: true }),
      document("Notitie kwartiermaken", { isPublic: true }),
    ])
    .returning();
  const [meeting] = await db
    .insert(meetings)
    .values({
      trajectoryId,
      kind: "plenary",
      title: "Werksessie kwartiermaken",
      startsAt: new Date("2027-01-10T09:00:00Z"),
      endsAt: new Date("2027-01-10T11:00:00Z"),
      agenda: "Agenda",
      createdBy: officer.id,
    })
    .returning();
  const minutes = await publishMinutes(db, meeting!.id, 1, "We spraken over kwartiermaken.", officer.id);
  return {
    ...w,
    officer,
    trajectoryId,
    now: new Date("2027-01-15T12:00:00Z"),
    ids: {
      consultation: consultation!.id,
      attachment: attachment!.id,
      publicDocument: publicDocument!.id,
      meeting: meeting!.id,
      minutes: minutes.id,
    },
  };
}

describeEachDatabase("search documents follow their sources", (getDb, driver, getOwner) => {
  let w: World;
  beforeAll(async () => {
    w = await build(getDb());
  });
  const found = async (actor: Actor | null, q = "kwartiermaken") =>
    (await searchFor(getDb(), actor, plainSearch(q), w.now)).hits.map((h) => `${h.kind}:${h.title}`).sort();
  const all = [
    "consultation:Kwartiermaken in de wijk",
    "document:Bijlage kwartiermaken",
    "document:Notitie kwartiermaken",
    "minutes:Werksessie kwartiermaken",
  ];

  it("holds what the sources hold after the migration's backfill and every insert", async () => {
    expect(await found(null)).toEqual(all);
    expect(await found(w.officer)).toEqual(all);
  });

  it("follows a trajectory's visibility into its minutes and public documents", async () => {
    const db = getDb();
    await db.update(trajectories).set({ visibility: "internal" }).where(eq(trajectories.id, w.trajectoryId));
    // The consultation and its attachment follow the consultation's own openness, not the trajectory's.
    expect(await found(null)).toEqual(["consultation:Kwartiermaken in de wijk", "document:Bijlage kwartiermaken"]);
    expect(await found(w.officer)).toEqual(all);
    await db.update(trajectories).set({ visibility: "public" }).where(eq(trajectories.id, w.trajectoryId));
    expect(await found(null)).toEqual(all);
  });

  it("follows a consultation's openness and state into the consultation and its attachments", async () => {
    const db = getDb();
    const set = (values: Partial<typeof consultations.$inferInsert>) =>
      db.update(consultations).set(values).where(eq(consultations.id, w.ids.consultation));
    const theConsultation = ["consultation:Kwartiermaken in de wijk", "document:Bijlage kwartiermaken"];
    const rest = all.filter((key) => !theConsultation.includes(key));
    await set({ openness: "closed" });
    expect(await found(null)).toEqual(rest);
    expect(await found(w.memberB)).toEqual(rest);
    // Provider A is invited to it.
    expect(await found(w.memberA)).toEqual(all);
    await set({ state: "draft" });
    expect(await found(w.memberA)).toEqual(rest);
    expect(await found(w.officer)).toEqual(all);
    await set({ state: "published", openness: "open" });
    expect(await found(null)).toEqual(all);
  });

  it("follows renames, a newer version of the minutes, published feedback and removals", async () => {
    const db = getDb();
    await db.update(meetings).set({ title: "Werksessie wijkteams" }).where(eq(meetings.id, w.ids.meeting));
    expect(await found(null, "wijkteams")).toEqual(["minutes:Werksessie wijkteams"]);
    const second = await publishMinutes(db, w.ids.meeting, 2, "Aangevuld verslag.", w.officer.id);
    const minutes = (await searchFor(db, null, plainSearch("wijkteams"), w.now)).hits;
    expect(minutes.map((h) => [h.id, h.version])).toEqual([[second.id, 2]]);
    // The first version's text is no longer a result: only the newest version is.
    expect(await found(null, "spraken")).toEqual([]);

    await db
      .update(consultations)
      .set({ feedback: sampleDoc, feedbackPublishedAt: new Date("2027-01-14T09:00:00Z") })
      .where(eq(consultations.id, w.ids.consultation));
    expect(await found(null)).toContain("feedback:Kwartiermaken in de wijk");

    await db.delete(trajectoryDocuments).where(eq(trajectoryDocuments.id, w.ids.publicDocument));
    expect(await found(null)).not.toContain("document:Notitie kwartiermaken");

    await db.update(providers).set({ name: "Zorgcoöperatie Kwartier" }).where(eq(providers.id, w.a.id));
    expect((await searchFor(db, w.officer, plainSearch("Zorgcoöperatie"), w.now)).hits.map((h) => h.title)).toEqual([
      "Zorgcoöperatie Kwartier",
    ]);
  });

  it("plans its triggers' statements for the tables as they are, so a bulk insert stays linear", async () => {
    // A plan kept from when the tables were small scans a whole table per row (migration 0040).
    const rows = await queryRows<{ config: string }>(
      getDb(),
      sql`select proname, array_to_string(proconfig, ';') as config
      from pg_proc where proname in ('search_documents_refresh', 'search_documents_follow') order by proname`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.config).toContain("plan_cache_mode=force_custom_plan");
  });

  if (driver === "postgres")
    it("lets the application role read the search documents but never write them", async () => {
      const db = getDb();
      await expect(db.execute(sql`select count(*) from search_documents`)).resolves.toBeTruthy();
      for (const statement of [
        sql`insert into search_documents (kind, key, id, title, reach, search_vector)
            values ('trajectory', gen_random_uuid(), gen_random_uuid(), 'Vals', 'public', to_tsvector('vals'))`,
        sql`update search_documents set reach = 'public'`,
        sql`delete from search_documents`,
      ])
        await expect(db.execute(statement)).rejects.toMatchObject({ cause: { code: "42501" } });
      // The owner's own writes to the sources still reach it through the triggers.
      await getOwner().update(meetings).set({ title: "Werksessie eigenaar" }).where(eq(meetings.id, w.ids.meeting));
      expect(await found(null, "eigenaar")).toEqual(["minutes:Werksessie eigenaar"]);
    });
});
