import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  consultationInvitations,
  consultations,
  consultationTables,
  contracts,
  meetings,
  minutesVersions,
  municipalities,
  products,
  regions,
  trajectories,
  users,
} from "@/db/schema";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { loadConsultationFor } from "@/lib/consultation/reads";
import { renderLetterPdf } from "@/lib/pdf/letter-document";
import { decodeCursor } from "@/lib/search/cursor";
import { parseSearch, plainSearch, type SearchRequest } from "@/lib/search/query";
import { PAGE_SIZE, searchFor, type SearchHit } from "@/lib/search/reads";
import { searchableKinds } from "@/lib/search/scope";
import { uploadPhaseDocument } from "@/lib/trajectory/phase-records";
import { PHASES } from "@/lib/trajectory/constants";
import type { TrajectoryInput } from "@/lib/trajectory/validation";
import { createTrajectory } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "../helpers/test-db";
import { providerWorld, sampleDoc } from "./fixtures";

const doc = (text: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }],
});

async function pdfWith(text: string) {
  const bytes = await renderLetterPdf({
    sender: "Gemeente",
    recipient: "Aanbieders",
    date: new Date("2027-01-05T10:00:00Z"),
    dateText: "5 januari 2027",
    subject: "Nota",
    reference: "N-1",
    paragraphs: [text],
    closing: "Met vriendelijke groet",
  });
  return new File([new Uint8Array(bytes)], "nota.pdf", { type: "application/pdf" });
}

type World = Awaited<ReturnType<typeof build>>;

async function build(db: Database) {
  const w = await providerWorld(db, "-zk");
  const officer = w.ctx.actor;
  const [product] = await db.select().from(products).where(eq(products.code, "P-zk"));
  const [municipality] = await db.select().from(municipalities).where(eq(municipalities.name, "Gemeente-zk"));
  const trajectoryInput: TrajectoryInput = {
    title: "Inkoop",
    summary: "Samenvatting.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    visibility: "public",
    estimatedValue: null,
    productIds: [product!.id],
    municipalityIds: [municipality!.id],
    responsibilities: [{ task: "Procesregie", responsible: "Team inkoop" }],
    plan: PHASES.map((phase, i) => ({ phase, plannedStart: `2027-0${i + 1}-01`, plannedEnd: `2027-0${i + 1}-28` })),
  };
  const { id: internalId } = await createTrajectory(w.ctx, {
    ...trajectoryInput,
    visibility: "internal",
    title: "Interne aanpak van de wachtrij",
  });
  const publicId = w.input.trajectoryId;
  const base = {
    trajectoryId: publicId,
    phase: "analysis" as const,
    introduction: sampleDoc,
    form: "written" as const,
    interaction: "non_interactive" as const,
    audience: "both" as const,
    opensAt: new Date("2027-01-01T09:00:00Z"),
    closesAt: new Date("2027-02-01T09:00:00Z"),
    createdBy: officer.id,
  };
  const now = new Date("2027-01-15T12:00:00Z");
  const [open, closed, draft, feedback] = await db
    .insert(consultations)
    .values([
      { ...base, title: "Wachtrij in de jeugdhulp", openness: "open", state: "published" },
      { ...base, title: "Besloten gesprek over de wachtrij", openness: "closed", state: "published" },
      { ...base, title: "Concept over de wachtrij", openness: "open", state: "draft" },
      {
        ...base,
        title: "Dagbesteding",
        openness: "open",
        state: "feedback_published",
        opensAt: new Date("2026-10-01T09:00:00Z"),
        closesAt: new Date("2026-11-01T09:00:00Z"),
        feedback: doc("Wat wij hoorden: de wachtrij moet korter."),
        feedbackPublishedAt: new Date("2026-11-15T09:00:00Z"),
      },
    ])
    .returning();
  await db.insert(consultationInvitations).values({ consultationId: closed!.id, providerId: w.a.id });
  const meeting = async (trajectoryId: string, title: string, text: string) => {
    const [m] = await db
      .insert(meetings)
      .values({
        trajectoryId,
        kind: "plenary",
        title,
        startsAt: new Date("2027-01-10T09:00:00Z"),
        endsAt: new Date("2027-01-10T11:00:00Z"),
        agenda: "Agenda",
        createdBy: officer.id,
      })
      .returning();
    for (const version of [1, 2])
      await db.insert(minutesVersions).values({
        meetingId: m!.id,
        version,
        body: { type: "doc", content: [] },
        html: `<p>${text}</p>`,
        text: version === 1 ? `${text} eerste` : text,
        pdf: new Uint8Array([37, 80, 68, 70]),
        redactionCount: 0,
        approvedBy: officer.id,
        publishedBy: officer.id,
        publishedAt: new Date("2027-01-12T09:00:00Z"),
      });
    return m!;
  };
  const publicMeeting = await meeting(publicId, "Bijeenkomst aanbieders", "We bespraken de wachtrij.");
  const internalMeeting = await meeting(internalId, "Intern overleg", "Intern: de wachtrij en het budget.");
  const publicDoc = await uploadPhaseDocument(w.ctx, {
    trajectoryId: publicId,
    phase: "analysis",
    title: "Marktanalyse",
    isPublic: true,
    file: await pdfWith("De wachtrij voor begeleiding groeit in Zaanstad."),
  });
  const privateDoc = await uploadPhaseDocument(w.ctx, {
    trajectoryId: publicId,
    phase: "analysis",
    title: "Interne nota",
    isPublic: false,
    file: await pdfWith("Onze onderhandelingsruimte bij de wachtrij."),
  });
  const [contractB] = await db
    .insert(contracts)
    .values([
      {
        providerId: w.b.id,
        trajectoryId: publicId,
        reference: "K-ZK-1",
        title: "Begeleiding bij de wachtrij B",
        awardedOn: "2026-06-01",
        startsOn: "2026-07-01",
        createdBy: officer.id,
      },
    ])
    .returning();
  const [region] = await db.select().from(regions).where(eq(regions.name, "Regio-zk"));
  const [table] = await db
    .insert(consultationTables)
    .values({
      trajectoryId: publicId,
      regionId: region!.id,
      title: "Tafel wachtrij",
      subject: "theme",
      theme: "wachtrij",
      createdBy: officer.id,
    })
    .returning();
  const [adminRow] = await db
    .insert(users)
    .values({ email: "beheer-zk@example.nl", name: "Beheerder", role: "admin" })
    .returning();
  const admin: Actor = { ...officer, id: adminRow!.id, role: "admin", email: adminRow!.email };
  return {
    ...w,
    officer,
    admin,
    trajectoryInput,
    now,
    publicId,
    internalId,
    ids: {
      open: open!.id,
      closed: closed!.id,
      draft: draft!.id,
      feedback: feedback!.id,
      publicMinutes: publicMeeting.id,
      internalMinutes: internalMeeting.id,
      publicDoc: publicDoc.id,
      privateDoc: privateDoc.id,
      contractB: contractB!.id,
      table: table!.id,
    },
  };
}

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ ...plainSearch(q), ...extra });

describeEachDatabase("portal search", (getDb) => {
  let w: World;
  beforeAll(async () => {
    w = await build(getDb());
  });
  const find = async (actor: Actor | null, q: string, extra: Partial<SearchRequest> = {}) =>
    (await searchFor(getDb(), actor, request(q, extra), w.now)).hits;
  const keys = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.kind === "minutes" ? h.ref : h.id}`).sort();

  it("finds for each actor exactly what that actor may open", async () => {
    const { ids } = w;
    const everyone = [
      `consultation:${ids.open}`,
      `feedback:${ids.feedback}`,
      `minutes:${ids.publicMinutes}`,
      `document:${ids.publicDoc}`,
    ];
    expect(keys(await find(null, "wachtrij"))).toEqual(everyone.sort());
    // The administrator manages accounts, not the dialogue: it finds what a visitor finds.
    expect(keys(await find(w.admin, "wachtrij"))).toEqual(everyone.sort());
    // Provider A was invited to the closed consultation; B was not, but B has its own contract.
    expect(keys(await find(w.memberA, "wachtrij"))).toEqual([...everyone, `consultation:${ids.closed}`].sort());
    expect(keys(await find(w.memberB, "wachtrij"))).toEqual([...everyone, `contract:${ids.contractB}`].sort());
    expect(keys(await find(w.officer, "wachtrij"))).toEqual(
      [
        ...everyone,
        `consultation:${ids.closed}`,
        `consultation:${ids.draft}`,
        `minutes:${ids.internalMinutes}`,
        `document:${ids.privateDoc}`,
        `contract:${ids.contractB}`,
        `table:${ids.table}`,
        `trajectory:${w.internalId}`,
      ].sort(),
    );
    // Every consultation found also opens for that actor.
    for (const actor of [null, w.admin, w.memberA, w.memberB]) {
      for (const hit of (await find(actor, "wachtrij")).filter((h) => h.kind === "consultation"))
        await expect(loadConsultationFor(getDb(), actor, hit.id, w.now)).resolves.toBeTruthy();
    }
  });

  it("finds providers for officers only, and a provider never another provider's contract", async () => {
    expect((await find(w.officer, "Aanbieder", { kind: "provider" })).map((h) => h.title).sort()).toEqual([
      "Aanbieder A-zk",
      "Aanbieder B-zk",
    ]);
    expect(await find(null, "Aanbieder", { kind: "provider" })).toEqual([]);
    expect(await find(w.memberA, "Aanbieder", { kind: "provider" })).toEqual([]);
    expect((await find(w.memberA, "Aanbieder")).filter((h) => h.kind === "provider")).toEqual([]);
    expect(await find(w.memberA, "K-ZK-1")).toEqual([]);
    expect(searchableKinds(null)).not.toContain("provider");
    expect(searchableKinds(w.officer)).toEqual(expect.arrayContaining(["provider", "contract", "table"]));
  });

  it("finds a consultation's attachment only for those who may see that consultation", async () => {
    const attachment = await uploadPhaseDocument(w.ctx, {
      trajectoryId: w.publicId,
      phase: "analysis",
      title: "Bijlage",
      isPublic: true,
      consultationId: w.ids.closed,
      file: await pdfWith("Het prijsblad voor de besloten consultatie."),
    });
    const ids = async (actor: Actor | null) => (await find(actor, "prijsblad")).map((h) => h.id);
    expect(await ids(w.memberA)).toEqual([attachment.id]);
    expect(await ids(w.officer)).toEqual([attachment.id]);
    expect(await ids(w.memberB)).toEqual([]);
    expect(await ids(null)).toEqual([]);
    expect(await ids(w.admin)).toEqual([]);
  });

  it("shows only the newest version of published minutes and reads the text of uploaded PDFs", async () => {
    const minutes = await find(null, "wachtrij", { kind: "minutes" });
    expect(minutes).toHaveLength(1);
    expect(minutes[0]!.version).toBe(2);
    expect(minutes[0]!.href).toBe(`/bijeenkomsten/${w.ids.publicMinutes}/verslag/2`);
    const docs = await find(null, "Zaanstad begeleiding", { kind: "document" });
    expect(docs.map((d) => d.id)).toEqual([w.ids.publicDoc]);
    expect(docs[0]!.href).toBe(`/documenten/${w.ids.publicDoc}`);
  });

  it("ranks a title match above a match in the text, and highlights the words in a safe snippet", async () => {
    const db = getDb();
    const { officer } = w;
    const at = (title: string, summary: string) =>
      createTrajectory({ db, actor: officer, origin: "test" }, { ...w.trajectoryInput, title, summary });
    const inText = await at("Huishoudelijke hulp", "Over rangschikwoord <script>alert(1)</script> in de tekst.");
    const inTitle = await at("Rangschikwoord voorop", "Een andere samenvatting.");
    const hits = await find(null, "rangschikwoord");
    expect(hits.map((h) => h.id)).toEqual([inTitle.id, inText.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    const snippet = hits[1]!.snippet;
    expect(snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(["rangschikwoord"]);
    const text = snippet.map((p) => p.text).join("");
    expect(text).not.toMatch(/<\/?mark|[\u{E000}\u{E001}]/u);
  });

  it("understands quotes, OR and minus as people expect", async () => {
    const db = getDb();
    const at = (title: string, summary: string) =>
      createTrajectory({ db, actor: w.officer, origin: "test" }, { ...w.trajectoryInput, title, summary });
    const near = await at("Zorg dichtbij", "Woonzorg thuis voor ouderen in de wijk.");
    const apart = await at("Zorg verder weg", "Thuis komen de ouderen die woonzorg krijgen.");
    const other = await at("Jeugd", "Kortdurende woonondersteuning.");
    const ids = async (q: string) => (await find(null, q)).map((h) => h.id).sort();
    expect(await ids('"woonzorg thuis"')).toEqual([near.id]);
    expect(await ids("woonzorg thuis")).toEqual([near.id, apart.id].sort());
    expect(await ids("woonzorg OR woonondersteuning")).toEqual([near.id, apart.id, other.id].sort());
    expect(await ids("woonzorg -wijk")).toEqual([apart.id]);
    // An unbalanced quote is closed by the parser, so it still searches a phrase.
    const parsed = parseSearch({ q: '"woonzorg thuis' }, searchableKinds(null));
    expect(parsed.notices).toHaveLength(1);
    expect((await searchFor(db, null, parsed.request!, w.now)).hits.map((h) => h.id)).toEqual([near.id]);
    expect((await searchFor(db, null, request("de het een"), w.now)).onlyStopWords).toBe(true);
    // A word that matches nothing is not a question of stop words.
    expect(await searchFor(db, null, request("xylofoonstemmer"), w.now)).toMatchObject({
      onlyStopWords: false,
      total: 0,
    });
  });

  it("filters by kind, trajectory, period and status", async () => {
    const { ids } = w;
    const kinds = (hits: SearchHit[]) => [...new Set(hits.map((h) => h.kind))].sort();
    expect(kinds(await find(w.officer, "wachtrij", { kind: "feedback" }))).toEqual(["feedback"]);
    const inInternal = await find(w.officer, "wachtrij", { trajectoryId: w.internalId });
    expect(keys(inInternal)).toEqual([`minutes:${ids.internalMinutes}`, `trajectory:${w.internalId}`].sort());
    const open = await find(null, "wachtrij", { status: "open" });
    expect(keys(open)).toEqual([`consultation:${ids.open}`]);
    const closed = await find(null, "wachtrij", { status: "closed" });
    expect(keys(closed)).toEqual([`feedback:${ids.feedback}`]);
    // Feedback published 15 November 2026; minutes on 12 January 2027 (Dutch days).
    const november = await find(null, "wachtrij", { from: "2026-11-01", to: "2026-11-30" });
    expect(keys(november)).toEqual([`feedback:${ids.feedback}`]);
    const twelfth = await find(null, "wachtrij", { kind: "minutes", from: "2027-01-12", to: "2027-01-12" });
    expect(twelfth).toHaveLength(1);
    expect(await find(null, "wachtrij", { kind: "minutes", from: "2027-01-13" })).toEqual([]);
  });

  it("pages by keyset to the 205th result without repeating one, and reports a page past the end", async () => {
    const db = getDb();
    await db.insert(trajectories).values(
      Array.from({ length: 205 }, (_, i) => ({
        title: `Pagineertraject ${i}`,
        summary: i % 3 ? "Pagineerwoord in de samenvatting." : "Pagineerwoord, pagineerwoord en nog eens.",
        domain: "wmo" as const,
        procedureType: "sas" as const,
        legalStage: "preparation" as const,
        createdBy: w.officer.id,
      })),
    );
    const seen: string[] = [];
    let r = request("pagineerwoord");
    let page = await searchFor(db, null, r, w.now);
    expect(page.total).toBe(205);
    expect(page.pages).toBe(Math.ceil(205 / PAGE_SIZE));
    for (;;) {
      seen.push(...page.hits.map((h) => h.id));
      if (!page.next) break;
      r = { ...r, cursor: decodeCursor(page.next), page: r.page + 1 };
      page = await searchFor(db, null, r, w.now);
    }
    expect(seen).toHaveLength(205);
    expect(new Set(seen).size).toBe(205);
    const direct = await searchFor(db, null, request("pagineerwoord", { page: 11 }), w.now);
    expect(direct.hits.map((h) => h.id)).toEqual(seen.slice(200));
    const past = await searchFor(db, null, request("pagineerwoord", { page: 40 }), w.now);
    expect(past).toMatchObject({ hits: [], pastTheEnd: true, total: 205 });
  });
});
