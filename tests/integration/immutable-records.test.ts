import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { queryRows, type Database } from "@/db/connection";
import {
  auditLog,
  consultations,
  contractDocuments,
  contracts,
  meetings,
  minutesVersions,
  providers,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { createTrajectory } from "@/lib/trajectory/writes";
import { minimalWorld, sampleDoc } from "@/tests/integration/fixtures";
import { describeEachDatabase } from "@/tests/helpers/test-db";

type DatabaseError = Error & { code?: string; cause?: DatabaseError };

/** The statement must fail with SQLSTATE 42501: a trigger's refusal or a missing privilege. */
async function expectRefused(write: PromiseLike<unknown>, what: string, message?: RegExp) {
  let error: DatabaseError | undefined;
  try {
    await write;
  } catch (e) {
    error = e as DatabaseError;
  }
  expect(error, `${what} should have been refused`).toBeDefined();
  const cause = error?.cause ?? error;
  expect(cause?.code, `${what}: ${cause?.message}`).toBe("42501");
  if (message) expect(cause?.message).toMatch(message);
}

/** The driver error of a statement that must fail, whatever its code. */
async function failureOf(write: PromiseLike<unknown>): Promise<DatabaseError | undefined> {
  try {
    await write;
  } catch (e) {
    const error = e as DatabaseError;
    return error.cause ?? error;
  }
  return undefined;
}

type Records = { auditId: number; versionId: string; letterId: string; reportId: string; consultationId: string };

/** One of each immutable record, written the way the portal writes them (INSERT only). */
async function writeRecords(db: Database): Promise<Records & { draftConsultationId: string }> {
  const suffix = randomBytes(4).toString("hex");
  const world = await minimalWorld(db, suffix);
  const { id: trajectoryId } = await createTrajectory({ db, actor: world.actor, origin: "test" }, world.input);
  const officer = world.actor.id;
  await recordAudit({ db, actor: null, origin: "test" }, { action: `test.${suffix}`, objectType: "thing" });
  const [audit] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(eq(auditLog.action, `test.${suffix}`));
  const [meeting] = await db
    .insert(meetings)
    .values({
      trajectoryId,
      kind: "plenary",
      title: "Bijeenkomst",
      startsAt: new Date("2027-03-01T09:00:00Z"),
      endsAt: new Date("2027-03-01T11:00:00Z"),
      agenda: "Agenda",
      createdBy: officer,
    })
    .returning();
  const [version] = await db
    .insert(minutesVersions)
    .values({
      meetingId: meeting!.id,
      version: 1,
      body: sampleDoc,
      html: "<p>Verslag</p>",
      text: "Verslag",
      pdf: new Uint8Array([37, 80, 68, 70]),
      redactionCount: 0,
      approvedBy: officer,
      publishedBy: officer,
    })
    .returning();
  const [provider] = await db
    .insert(providers)
    .values({ name: `Zorg ${suffix}`, kvkNumber: suffix, city: "Zaandam", sizeClass: "small" })
    .returning();
  const [contract] = await db
    .insert(contracts)
    .values({
      providerId: provider!.id,
      trajectoryId,
      reference: `REF-${suffix}`,
      title: "Begeleiding",
      awardedOn: "2027-01-01",
      startsOn: "2027-01-01",
      createdBy: officer,
    })
    .returning();
  const document = (kind: "letter" | "talk_report") => ({
    contractId: contract!.id,
    kind,
    title: kind,
    fileName: `${kind}.pdf`,
    contentType: "application/pdf",
    sizeBytes: 4,
    content: new Uint8Array([37, 80, 68, 70]),
    uploadedBy: officer,
  });
  const [letter] = await db.insert(contractDocuments).values(document("letter")).returning();
  const [report] = await db.insert(contractDocuments).values(document("talk_report")).returning();
  const consultation = (feedbackPublishedAt: Date | null) => ({
    trajectoryId,
    phase: "analysis" as const,
    title: "Consultatie",
    introduction: sampleDoc,
    openness: "open" as const,
    form: "written" as const,
    interaction: "interactive" as const,
    audience: "providers" as const,
    state: feedbackPublishedAt ? ("feedback_published" as const) : ("draft" as const),
    opensAt: new Date("2027-01-01T00:00:00Z"),
    closesAt: new Date("2027-02-01T00:00:00Z"),
    createdBy: officer,
    feedback: feedbackPublishedAt ? sampleDoc : null,
    feedbackPublishedAt,
  });
  const [published] = await db.insert(consultations).values(consultation(new Date())).returning();
  const [draft] = await db.insert(consultations).values(consultation(null)).returning();
  return {
    auditId: audit!.id,
    versionId: version!.id,
    letterId: letter!.id,
    reportId: report!.id,
    consultationId: published!.id,
    draftConsultationId: draft!.id,
  };
}

describeEachDatabase("immutable records", (getDb, driver, getOwner) => {
  let records: Awaited<ReturnType<typeof writeRecords>>;
  beforeAll(async () => {
    records = await writeRecords(getDb());
  });

  // The application role is refused by its grants and the triggers; the owner (PGlite: the only role) by the triggers.
  const roles = driver === "postgres" ? (["application role", "owner"] as const) : (["owner"] as const);
  const as = (who: (typeof roles)[number]) => (who === "owner" ? getOwner() : getDb());

  for (const who of roles) {
    it(`refuses UPDATE and DELETE of audit entries and published minutes (${who})`, async () => {
      const db = as(who);
      const trigger = who === "owner";
      await expectRefused(
        db.update(auditLog).set({ action: "x" }).where(eq(auditLog.id, records.auditId)),
        "audit UPDATE",
        trigger ? /append-only \(UPDATE refused\)/ : /permission denied/,
      );
      await expectRefused(
        db.delete(auditLog).where(eq(auditLog.id, records.auditId)),
        "audit DELETE",
        trigger ? /append-only \(DELETE refused\)/ : /permission denied/,
      );
      await expectRefused(
        db.update(minutesVersions).set({ text: "x" }).where(eq(minutesVersions.id, records.versionId)),
        "minutes UPDATE",
        trigger ? /immutable \(UPDATE refused\)/ : /permission denied/,
      );
      await expectRefused(
        db.delete(minutesVersions).where(eq(minutesVersions.id, records.versionId)),
        "minutes DELETE",
        trigger ? /immutable \(DELETE refused\)/ : /permission denied/,
      );
      // A cascade from the meeting is no way around it.
      const [version] = await db.select().from(minutesVersions).where(eq(minutesVersions.id, records.versionId));
      await expectRefused(
        db.delete(meetings).where(eq(meetings.id, version!.meetingId)),
        "meeting DELETE",
        /immutable \(DELETE refused\)/,
      );
      expect(await db.select().from(minutesVersions).where(eq(minutesVersions.id, records.versionId))).toHaveLength(1);
      expect(await db.select().from(auditLog).where(eq(auditLog.id, records.auditId))).toMatchObject([
        { action: expect.stringMatching(/^test\./) as unknown },
      ]);
    });

    it(`refuses UPDATE and DELETE of a sent letter, but not of the contract's other documents (${who})`, async () => {
      const db = as(who);
      await expectRefused(
        db.update(contractDocuments).set({ title: "x" }).where(eq(contractDocuments.id, records.letterId)),
        "letter UPDATE",
        /sent letter is immutable \(UPDATE refused\)/,
      );
      await expectRefused(
        db.delete(contractDocuments).where(eq(contractDocuments.id, records.letterId)),
        "letter DELETE",
        /sent letter is immutable \(DELETE refused\)/,
      );
      await expectRefused(
        db.update(contractDocuments).set({ kind: "talk_report" }).where(eq(contractDocuments.id, records.letterId)),
        "letter re-kind",
      );
      await db.update(contractDocuments).set({ title: "Verslag" }).where(eq(contractDocuments.id, records.reportId));
      const [letter] = await db.select().from(contractDocuments).where(eq(contractDocuments.id, records.letterId));
      expect(letter).toMatchObject({ kind: "letter", title: "letter" });
    });

    it(`refuses changing or deleting published feedback, but not the rest of a consultation (${who})`, async () => {
      const db = as(who);
      const id = records.consultationId;
      await expectRefused(
        db.update(consultations).set({ feedback: null }).where(eq(consultations.id, id)),
        "feedback UPDATE",
        /published feedback is immutable \(UPDATE refused\)/,
      );
      await expectRefused(
        db.update(consultations).set({ state: "closed" }).where(eq(consultations.id, id)),
        "feedback state",
      );
      await expectRefused(
        db.update(consultations).set({ feedbackPublishedAt: new Date() }).where(eq(consultations.id, id)),
        "feedback date",
      );
      await expectRefused(
        db.delete(consultations).where(eq(consultations.id, id)),
        "feedback DELETE",
        /published feedback is immutable \(DELETE refused\)/,
      );
      await db.update(consultations).set({ updatedAt: new Date() }).where(eq(consultations.id, id));
      await db.update(consultations).set({ title: "Nieuw" }).where(eq(consultations.id, records.draftConsultationId));
      const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
      expect(row).toMatchObject({ state: "feedback_published", feedback: sampleDoc });
    });

    it(`refuses TRUNCATE of every immutable table (${who})`, async () => {
      const db = as(who);
      for (const table of ["audit_log", "minutes_versions", "contract_documents", "consultations"]) {
        // CASCADE, so that only the immutability (and no foreign key) can be what refuses it.
        await expectRefused(db.execute(sql.raw(`TRUNCATE ${table} CASCADE`)), `TRUNCATE ${table}`);
      }
      expect(await db.select().from(auditLog).where(eq(auditLog.id, records.auditId))).toHaveLength(1);
      expect(await db.select().from(contractDocuments).where(eq(contractDocuments.id, records.letterId))).toHaveLength(
        1,
      );
    });
  }

  if (driver === "postgres") {
    it("as the application role: cannot disable, drop or bypass the triggers, nor alter the tables", async () => {
      const db = getDb();
      for (const table of ["audit_log", "minutes_versions", "contract_documents", "consultations"]) {
        await expectRefused(db.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER ALL`)), `DISABLE ${table}`);
        await expectRefused(db.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`)), `DISABLE USER ${table}`);
      }
      await expectRefused(
        db.execute(sql`DROP TRIGGER audit_log_no_update_delete ON audit_log`),
        "DROP TRIGGER",
        /must be owner/,
      );
      await expectRefused(
        db.execute(sql`CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
          AS 'BEGIN RETURN OLD; END' LANGUAGE plpgsql`),
        "replace trigger function",
      );
      await expectRefused(db.execute(sql`CREATE TABLE intruder (id int)`), "CREATE TABLE");
      const replication = await failureOf(db.execute(sql`SET session_replication_role = replica`));
      expect(replication?.message).toMatch(/permission denied/);
      const [row] = await queryRows<{ me: string; usesuper: boolean }>(
        db,
        sql`select current_user as me, usesuper from pg_user where usename = current_user`,
      );
      expect(row).toMatchObject({ usesuper: false });
      expect(row!.me).toMatch(/_app$/);
    });
  }
});
