import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import {
  auditLog,
  consultationTables,
  contractDocuments,
  contracts,
  escalationEvents,
  escalations,
  councils,
  municipalities,
  providerSizeIndicators,
  phaseGuidance,
  phaseTransitions,
  providerProducts,
  providers,
  providerSubregions,
  subregions,
  trajectories,
  trajectoryPhases,
  trajectoryResponsibilities,
  users,
  userTotp,
} from "@/db/schema";
import { relevantProviders } from "@/db/queries/overlegtafels";
import { isDatabaseEmpty, seedDemo } from "@/db/seed";
import { classifySize } from "@/lib/overlegtafel/size-class";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/accounts";
import { resetDatabase } from "@/db/seed/reset";
import { verifyPassword } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/roles";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { formatDate } from "@/lib/i18n";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { PHASES } from "@/lib/trajectory/constants";
import { municipalDetectionContext } from "@/lib/public-figures/reads";
import { detectSensitive } from "@/lib/redaction/detect";
import { describeEachDatabase, openTestDatabase } from "@/tests/helpers/test-db";

// A whole demo, replayed through the portal's writes, on a fresh database: slower than one test's default on a
// busy machine.
const RESEED_TIMEOUT = 120_000;

const countBy = <T>(rows: T[], key: (row: T) => string) =>
  rows.reduce((m, r) => m.set(key(r), (m.get(key(r)) ?? 0) + 1), new Map<string, number>());

/** What should come out the same on every fresh seed. */
async function fingerprint(db: Database) {
  const providerRows = await db
    .select({ name: providers.name, kvk: providers.kvkNumber })
    .from(providers)
    .orderBy(providers.name);
  const trajectoryRows = await db
    .select({ title: trajectories.title, phase: trajectories.currentPhase })
    .from(trajectories)
    .orderBy(trajectories.title);
  return { providerRows, trajectoryRows };
}

describeEachDatabase("demo data", (getDb, _driver, getOwner) => {
  let first: Awaited<ReturnType<typeof fingerprint>>;
  let firstAuditCount: number;

  beforeAll(async () => {
    const db = getDb();
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await seedDemo(db)).toEqual({ providers: 30, users: DEMO_ACCOUNTS.length, trajectories: 7 });
    expect(await isDatabaseEmpty(db)).toBe(false);
    first = await fingerprint(db);
    firstAuditCount = (await db.select().from(auditLog)).length;
  });

  it("lays out the region: three sub-regions with seven municipalities and both councils", async () => {
    const db = getDb();
    const subs = await db.select().from(subregions);
    expect(subs.map((s) => s.name).sort()).toEqual([
      "Purmerend en Edam-Volendam",
      "Waterland en omgeving",
      "Zaanstad en Wormerland",
    ]);
    const munis = await db
      .select({ name: municipalities.name, sub: subregions.name })
      .from(municipalities)
      .innerJoin(subregions, eq(municipalities.subregionId, subregions.id));
    expect(munis).toHaveLength(7);
    expect(
      munis
        .filter((m) => m.sub === "Waterland en omgeving")
        .map((m) => m.name)
        .sort(),
    ).toEqual(["Landsmeer", "Oostzaan", "Waterland"]);
    expect(new Set((await db.select().from(councils)).map((c) => c.kind))).toEqual(
      new Set(["client_council", "wmo_council"]),
    );
  });

  it("seeds 25–35 providers of every size, with KvK numbers, products and sub-regions", async () => {
    const db = getDb();
    const rows = await db.select().from(providers);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.length).toBeLessThanOrEqual(35);
    expect(new Set(rows.map((p) => p.sizeClass))).toEqual(new Set(["large", "medium", "small"]));
    expect(rows.every((p) => /^\d{8}$/.test(p.kvkNumber))).toBe(true);
    expect(new Set(rows.map((p) => p.kvkNumber)).size).toBe(rows.length);
    const productCounts = countBy(await db.select().from(providerProducts), (r) => r.providerId);
    const subregionCounts = countBy(await db.select().from(providerSubregions), (r) => r.providerId);
    for (const p of rows) {
      expect(productCounts.get(p.id), p.name).toBeGreaterThanOrEqual(1);
      expect(productCounts.get(p.id), p.name).toBeLessThanOrEqual(4);
      expect(subregionCounts.get(p.id), p.name).toBeGreaterThanOrEqual(1);
      expect(subregionCounts.get(p.id), p.name).toBeLessThanOrEqual(3);
    }
  });

  const figuresTitle = "seeds confirmed size figures that match each provider's class";
  it(`${figuresTitle}, and one consultation table above twelve providers`, async () => {
    const db = getDb();
    const figures = await db
      .select()
      .from(providerSizeIndicators)
      .where(eq(providerSizeIndicators.status, "confirmed"));
    expect(figures).toHaveLength(30);
    const byId = new Map((await db.select().from(providers)).map((p) => [p.id, p.sizeClass]));
    for (const f of figures) expect(classifySize(f), f.providerId).toBe(byId.get(f.providerId));
    const [table] = await db.select().from(consultationTables);
    expect(table?.title).toBe("Overlegtafel Begeleiding individueel");
    expect((await relevantProviders(db, table!, figures[0]!.year)).providers).toHaveLength(30);
  });

  it("creates every demo account with every role and the demo password", async () => {
    const db = getDb();
    const rows = await db.select().from(users);
    expect(new Set(rows.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(rows.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const hash of new Set(rows.map((u) => u.passwordHash ?? "")))
      expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
    expect(rows.every((u) => u.emailVerifiedAt !== null)).toBe(true);
    // Officers and the administrator have the second factor the README documents; nobody else has one.
    const factors = await db.select().from(userTotp);
    const secrets = new Map(factors.map((f) => [rows.find((u) => u.id === f.userId)?.email, f.secret]));
    for (const account of DEMO_ACCOUNTS) {
      expect(secrets.get(account.email), account.email).toBe(account.totpSecret);
      expect(Boolean(account.totpSecret), account.email).toBe(account.role === "officer" || account.role === "admin");
    }
    const byEmail = new Map(rows.map((u) => [u.email, u]));
    expect(byEmail.get("nieuw@zorggroep-zaanstreek.nl")).toMatchObject({
      role: "provider_member",
      membershipStatus: "pending",
    });
    expect(byEmail.get("aanbieder@zorggroep-zaanstreek.nl")).toMatchObject({ membershipStatus: "approved" });
    expect(byEmail.get("clientenraad@example.nl")?.councilId).toBeTruthy();
    expect(byEmail.get("wmoraad@example.nl")?.councilId).toBeTruthy();
    expect(byEmail.get("inkoper@zaanstad.nl")?.jobTitle).toBe("Inkoper");
  });

  it("seeds the guidance and trajectories in each phase with plan, notes, roles and history", async () => {
    const db = getDb();
    expect(await db.select().from(phaseGuidance)).toHaveLength(32);
    const rows = await db.select().from(trajectories);
    expect(new Set(rows.map((t) => t.currentPhase))).toEqual(new Set(PHASES));
    expect(rows.some((t) => t.visibility === "internal")).toBe(true);
    const phaseRows = await db.select().from(trajectoryPhases);
    expect(phaseRows).toHaveLength(rows.length * 4);
    for (const p of phaseRows) {
      expect(p.plannedStart).toMatch(/^202[5-8]-\d{2}-\d{2}$/);
      expect((p.plannedStart ?? "") <= (p.plannedEnd ?? "")).toBe(true);
      if (p.notes) expect(richTextDocSchema.safeParse(p.notes).success).toBe(true);
    }
    for (const t of rows) {
      const reachedNotes = phaseRows.filter(
        (p) => p.trajectoryId === t.id && PHASES.indexOf(p.phase) <= PHASES.indexOf(t.currentPhase),
      );
      expect(
        reachedNotes.every((p) => p.notes),
        t.title,
      ).toBe(true);
      const roles = await db
        .select()
        .from(trajectoryResponsibilities)
        .where(eq(trajectoryResponsibilities.trajectoryId, t.id));
      expect(roles.length, t.title).toBeGreaterThanOrEqual(3);
      expect(roles.length, t.title).toBeLessThanOrEqual(5);
    }
    const moves = await db.select().from(phaseTransitions);
    expect(moves.every((m) => m.at.getTime() < Date.now())).toBe(true);
    expect(
      moves.some((m) => PHASES.indexOf(m.toPhase) < PHASES.indexOf(m.fromPhase) && (m.reason ?? "").length >= 10),
    ).toBe(true);
    const audit = await db.select().from(auditLog);
    expect(audit.filter((a) => a.action === "trajectory.create")).toHaveLength(rows.length);
    expect(audit.filter((a) => a.action === "seed.demo")).toHaveLength(1);
    // The seed's own entries have no person; the dialogue replayed through the portal's writes names the demo
    // account that acted. Everything the seed wrote says it came from the seed.
    expect(audit.every((a) => a.origin === "system:seed")).toBe(true);
    const seedOwn = audit.filter((a) => a.action === "trajectory.create" || a.action === "seed.demo");
    expect(seedOwn.every((a) => a.actorId === null && a.actorLabel === "systeem (demodata)")).toBe(true);
    const emails = new Set(DEMO_ACCOUNTS.map((a) => a.email));
    for (const a of audit.filter((x) => x.actorId !== null))
      expect(emails.has(/<(.+)>$/.exec(a.actorLabel)?.[1] ?? ""), a.actorLabel).toBe(true);
  });

  it("gives the demo ladder its step 1 letter, from the template and linked to the talk", async () => {
    const db = getDb();
    const [ladder] = await db
      .select({ escalation: escalations, reference: contracts.reference, provider: providers.name })
      .from(escalations)
      .innerJoin(contracts, eq(contracts.id, escalations.contractId))
      .innerJoin(providers, eq(providers.id, contracts.providerId));
    expect(ladder!.escalation.step).toBe("step2");
    const letters = await db
      .select()
      .from(contractDocuments)
      .where(eq(contractDocuments.escalationId, ladder!.escalation.id));
    expect(letters.map((l) => [l.kind, l.contentType, l.fileName])).toEqual([
      ["letter", "application/pdf", `brief-step1-${ladder!.escalation.talkOn}.pdf`],
    ]);
    const talk = (
      await db.select().from(escalationEvents).where(eq(escalationEvents.escalationId, ladder!.escalation.id))
    ).find((e) => e.kind === "hold_talk");
    expect(talk!.documentId).toBe(letters[0]!.id);
    const text = (await extractPdfText(letters[0]!.content)).text.replace(/\s+/g, " ");
    expect(text).toContain(`${ladder!.provider} t.a.v. de directie`);
    expect(text).toContain(`Datum: ${formatDate(ladder!.escalation.talkOn)}`);
    expect(text).toContain("Escalatieladder stap 1");
    expect(text).toContain(`de overeenkomst ${ladder!.reference}`);
    expect(text).toContain(`uiterlijk op ${formatDate(ladder!.escalation.planDueOn!)} een verbeterplan`);
  });

  it("prefills the published figures of the demo trajectories, which the detector then leaves alone", async () => {
    const db = getDb();
    const [trajectory] = await db
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.title, "Inkoop Begeleiding Wmo 2027–2031"));
    const context = await municipalDetectionContext(db, trajectory!.id);
    expect(context.publicFigures).toEqual(expect.arrayContaining(["€ 62,40", "€ 750.000", "3,8%"]));
    expect(context.municipalDomains).toEqual(expect.arrayContaining(["zaanstad.nl", "purmerend.nl"]));
    const text = "Het uurtarief is nu € 62,40; onze kostprijs is € 68,90. Mail wmo@zaanstad.nl.";
    expect(detectSensitive(text, context).map((f) => text.slice(f.start, f.end))).toEqual(["€ 68,90"]);
  });

  it(
    "re-seeds to the same demo after a reset, although the audit trail refuses deletes",
    async () => {
      const db = getDb();
      // Dropping the schema is the owner's (npm run db:seed connects as the owner); the portal's role cannot.
      await resetDatabase(getOwner());
      expect(await isDatabaseEmpty(db)).toBe(true);
      await seedDemo(db);
      expect(await fingerprint(db)).toEqual(first);
      expect(await db.select().from(auditLog)).toHaveLength(firstAuditCount);
    },
    RESEED_TIMEOUT,
  );

  it(
    "gives the same demo on a second fresh database",
    async () => {
      const other = await openTestDatabase();
      try {
        await seedDemo(other.db);
        expect(await fingerprint(other.db)).toEqual(first);
      } finally {
        await other.dispose();
      }
    },
    RESEED_TIMEOUT,
  );
});
