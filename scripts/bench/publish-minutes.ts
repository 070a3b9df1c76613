import { count, eq } from "drizzle-orm";
import { performance } from "node:perf_hooks";
import { openDatabase, type Database } from "../../db/connection";
import { municipalities, outbox, products, providers, regions, subregions, users } from "../../db/schema";
import type { Actor } from "../../lib/auth/actor";
import { createConsultation, inviteParticipants } from "../../lib/consultation/writes";
import { createMeeting } from "../../lib/meeting/writes";
import { buildPublishedCopy } from "../../lib/minutes/build";
import { publishMinutes } from "../../lib/minutes/publish";
import { reviewMinutes, saveMinutes, submitMinutes } from "../../lib/minutes/writes";
import type { RichTextDoc, RichTextNode } from "../../lib/rich-text/schema";
import { createTrajectory } from "../../lib/trajectory/writes";
import { PHASES } from "../../lib/trajectory/constants";
import type { BenchResult } from "./measure";
import { withTemporaryDatabase } from "./temporary-database";

const PROVIDERS = 200;
const MEMBERS_PER_PROVIDER = 10;
const PARAGRAPHS = 1500;
const REDACTIONS = 500;
const ORIGIN = "https://portaal.example";

const actorOf = (u: typeof users.$inferSelect): Actor => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  providerId: u.providerId,
  membershipStatus: u.membershipStatus,
  councilId: u.councilId,
});

/** About 100 pages (300,000 characters) of minutes with 500 redacted cost prices. */
function longMinutes(): RichTextDoc {
  const every = Math.floor(PARAGRAPHS / REDACTIONS);
  const content: RichTextNode[] = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const plain =
      "De aanbieders vertelden uitgebreid over de begeleiding van inwoners, de wachttijden bij de wijkteams en " +
      "de samenwerking met huisartsen in de regio";
    if (i % every !== 0 || i / every >= REDACTIONS)
      return { type: "paragraph", content: [{ type: "text", text: `${plain}, zonder cijfers te noemen.` }] };
    return {
      type: "paragraph",
      content: [
        { type: "text", text: `${plain}. Een aanbieder noemde een kostprijs van ` },
        {
          type: "text",
          text: `€ ${10_000 + i},${String(i % 100).padStart(2, "0")}`,
          marks: [{ type: "redaction", attrs: { ground: "5.1.2f" } }],
        },
        { type: "text", text: " per uur." },
      ],
    };
  });
  return { type: "doc", content };
}

async function world(db: Database) {
  const [region] = await db.insert(regions).values({ name: "Benchregio" }).returning();
  const [sub] = await db.insert(subregions).values({ name: "Benchsubregio", regionId: region!.id }).returning();
  const [municipality] = await db
    .insert(municipalities)
    .values({ name: "Benchgemeente", subregionId: sub!.id })
    .returning();
  const [product] = await db.insert(products).values({ code: "B1", name: "Begeleiding", domain: "wmo" }).returning();
  const officers = await db
    .insert(users)
    .values([
      { email: "auteur@bench.example", name: "Auteur", role: "officer" },
      { email: "collega@bench.example", name: "Collega", role: "officer" },
    ])
    .returning();
  const author = { db, actor: actorOf(officers[0]!), origin: "bench" };
  const reviewer = { db, actor: actorOf(officers[1]!), origin: "bench" };
  const { id: trajectoryId } = await createTrajectory(author, {
    title: "Benchmarktraject",
    summary: "Een traject om publicatie te meten.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    visibility: "public",
    estimatedValue: 1_000_000,
    productIds: [product!.id],
    municipalityIds: [municipality!.id],
    responsibilities: [{ task: "Procesregie", responsible: "Team inkoop" }],
    plan: PHASES.map((phase, i) => ({ phase, plannedStart: `2027-0${i + 1}-01`, plannedEnd: `2027-0${i + 1}-28` })),
  });
  const providerRows = await db
    .insert(providers)
    .values(
      Array.from({ length: PROVIDERS }, (_, i) => ({
        name: `Benchaanbieder ${i}`,
        kvkNumber: `9${String(i).padStart(7, "0")}`,
        city: "Zaandam",
        sizeClass: "small" as const,
      })),
    )
    .returning({ id: providers.id });
  const members = providerRows.flatMap((p, i) =>
    Array.from({ length: MEMBERS_PER_PROVIDER }, (_, m) => ({
      email: `lid${m}@aanbieder${i}.example`,
      name: `Lid ${m} van ${i}`,
      role: "provider_member" as const,
      providerId: p.id,
      membershipStatus: "approved" as const,
    })),
  );
  for (let i = 0; i < members.length; i += 500) await db.insert(users).values(members.slice(i, i + 500));
  const now = Date.now();
  const { id: consultationId } = await createConsultation(author, {
    trajectoryId,
    phase: "analysis",
    title: "Consultatie",
    introduction: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Inleiding." }] }] },
    openness: "closed",
    form: "oral",
    interaction: "non_interactive",
    audience: "providers",
    opensAt: new Date(now - 86400_000),
    closesAt: new Date(now + 86400_000),
    questions: [{ kind: "open", prompt: "Wat vindt u?", helpText: "", required: false, options: [] }],
  });
  await inviteParticipants(author, { consultationId, providerIds: providerRows.map((p) => p.id), userIds: [] }, ORIGIN);
  const { id: meetingId } = await createMeeting(author, {
    trajectoryId,
    consultationId,
    kind: "plenary",
    title: "Plenaire sessie",
    startsAt: new Date(now - 7200_000),
    endsAt: new Date(now - 3600_000),
    location: "Stadhuis",
    onlineUrl: null,
    agenda: "Tarieven en wachttijden",
  });
  return { author, reviewer, meetingId };
}

/**
 * A running portal has loaded its PDF libraries and word lists before its first publication; this
 * process has not. Loading them (pdf.js's worker module alone is several megabytes, transpiled on
 * first use here) took over a second of the measured time, so one small copy is built first.
 */
async function warmUp(): Promise<void> {
  const doc: RichTextDoc = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Opening en mededelingen." }] }],
  };
  const meta = { title: "Opwarmen", subtitle: "", municipality: "Benchgemeente", publishedAt: new Date() };
  const result = await buildPublishedCopy(doc, meta, { options: {}, dismissed: [] });
  if (!result.ok) throw new Error("warm-up copy refused");
}

/**
 * Publishes 100 pages with 500 redactions to the members of 200 providers (2,000 people): the time
 * from the click until every notification is in the outbox, leak check and PDF included.
 */
export async function benchPublishMinutes(serverUrl?: string): Promise<BenchResult> {
  return serverUrl ? withTemporaryDatabase(serverUrl, (databaseUrl) => publishOnce(databaseUrl)) : publishOnce();
}

async function publishOnce(databaseUrl?: string): Promise<BenchResult> {
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: "memory://" });
  try {
    const { author, reviewer, meetingId } = await world(db);
    await saveMinutes(author, {
      meetingId,
      revision: 0,
      document: longMinutes(),
      dismissedFindings: [],
      publicFigures: [],
      confidentialTerms: [],
    });
    await submitMinutes(author, meetingId, ORIGIN);
    await reviewMinutes(reviewer, { meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await warmUp();
    const start = performance.now();
    const { notified } = await publishMinutes(author, { meetingId, changeNote: "" }, ORIGIN);
    const elapsed = performance.now() - start;
    const [queued] = await db
      .select({ n: count() })
      .from(outbox)
      .where(eq(outbox.subject, "Verslag gepubliceerd: Plenaire sessie"));
    if (Number(queued?.n) !== PROVIDERS * MEMBERS_PER_PROVIDER || notified !== PROVIDERS * MEMBERS_PER_PROVIDER)
      throw new Error(`expected ${PROVIDERS * MEMBERS_PER_PROVIDER} messages, found ${queued?.n}`);
    return {
      name:
        `publiceren — 100 pagina's, ${REDACTIONS} weglakkingen, ${notified} ontvangers in de outbox ` +
        `(${databaseUrl ? "PostgreSQL" : "PGlite"})`,
      runs: 1,
      medianMs: elapsed,
      p95Ms: elapsed,
      targetMs: 5_000,
    };
  } finally {
    await db.$close();
  }
}
