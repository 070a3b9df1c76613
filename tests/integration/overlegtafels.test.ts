import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import {
  auditLog,
  meetingInvitees,
  meetings,
  minutesVersions,
  notifications,
  outbox,
  products,
  providerProducts,
  providers,
  providerSizeIndicators,
  providerSubregions,
  subregions,
  tableExclusions,
  trajectories,
  users,
} from "@/db/schema";
import {
  getComposition,
  isRelevantTo,
  listSessions,
  relevantProviders,
  tablesRelevantTo,
} from "@/db/queries/overlegtafels";
import { contractOf } from "@/db/queries/size-indicators";
import { createTrajectory } from "@/lib/trajectory/writes";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { mayReadPublishedMinutes } from "@/lib/meeting/reads";
import { plainSearch } from "@/lib/search/query";
import { searchFor } from "@/lib/search/reads";
import { recordAttendance } from "@/lib/meeting/writes";
import { publicationRecipients } from "@/lib/minutes/recipients";
import {
  acceptReplacement,
  changeMember,
  excludeProvider,
  fixComposition,
  liftExclusion,
  proposeComposition,
  withdrawFromSession,
} from "@/lib/overlegtafel/composition-writes";
import { setProviderContract } from "@/lib/overlegtafel/contract-writes";
import {
  confirmIndicators,
  decideClass,
  importIndicators,
  setThresholds,
  submitOwnIndicators,
} from "@/lib/overlegtafel/indicator-writes";
import { flaggedProviders, loadTableForProvider } from "@/lib/overlegtafel/reads";
import { createTable, createTableSession } from "@/lib/overlegtafel/table-writes";
import { DEFAULT_SIZE_THRESHOLDS } from "@/lib/overlegtafel/size-class";
import { contractInput, liftExclusionInput } from "@/lib/overlegtafel/validation";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const ORIGIN = "https://portaal.example";
const HOUR = 3600_000;
const YEAR = new Date().getFullYear();
// Figures that vote three times for one class.
const FIGURES = { large: [300, 150, 3_000_000], medium: [100, 40, 900_000], small: [10, 3, 80_000] } as const;

/**
 * A region with three sub-regions, one product and `spec` providers per class and sub-region, with confirmed figures.
 */
async function tableWorld(
  db: Database,
  suffix: string,
  spec: Record<"large" | "medium" | "small", [number, number, number]>,
) {
  const base = await minimalWorld(db, suffix);
  const ctx = { db, actor: base.actor, origin: "test" };
  const [first] = await db
    .select()
    .from(subregions)
    .where(eq(subregions.name, `Subregio${suffix}`));
  const extra = await db
    .insert(subregions)
    .values([
      { name: `Subregio${suffix} B`, regionId: first!.regionId },
      { name: `Subregio${suffix} C`, regionId: first!.regionId },
    ])
    .returning();
  const subs = [first!, ...extra];
  const { id: trajectoryId } = await createTrajectory(ctx, base.input);
  const made: { id: string; name: string; cls: "large" | "medium" | "small"; sub: number }[] = [];
  let n = 0;
  for (const cls of ["large", "medium", "small"] as const) {
    for (let s = 0; s < 3; s++) {
      for (let i = 0; i < spec[cls][s]!; i++) {
        n += 1;
        const [p] = await db
          .insert(providers)
          .values({
            name: `${cls}-${s}-${i}${suffix}`,
            kvkNumber: `${String(n).padStart(4, "0")}${suffix.replace(/\D/g, "").padStart(4, "0")}`,
            city: "Zaandam",
            sizeClass: cls,
          })
          .returning();
        await db.insert(providerProducts).values({ providerId: p!.id, productId: base.product.id });
        await db.insert(providerSubregions).values({ providerId: p!.id, subregionId: subs[s]!.id });
        const [c, e, r] = FIGURES[cls];
        await db.insert(providerSizeIndicators).values({
          providerId: p!.id,
          year: YEAR,
          clients: c,
          employees: e,
          wmoRevenue: r,
          status: "confirmed",
          enteredBy: base.actor.id,
        });
        made.push({ id: p!.id, name: p!.name, cls, sub: s });
      }
    }
  }
  const memberOf = async (providerId: string, tag: string): Promise<Actor> => {
    const [u] = await db
      .insert(users)
      .values({
        email: `${tag}${suffix}@example.nl`,
        name: `Lid ${tag}`,
        role: "provider_member",
        providerId,
        membershipStatus: "approved",
      })
      .returning();
    return {
      id: u!.id,
      name: u!.name,
      email: u!.email,
      role: "provider_member",
      providerId,
      membershipStatus: "approved",
      councilId: null,
    };
  };
  return { ctx, base, trajectoryId, subs, made, memberOf };
}

const session = (tableId: string, startsInHours: number) => {
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  return {
    tableId,
    title: "Overlegtafel begeleiding",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    location: "Stadhuis Zaandam",
    agenda: "Opening\nStand van zaken\nRondvraag",
  };
};

describeEachDatabase("consultation tables", (getDb) => {
  it("proposes at most 5/5/2 with Dutch reasons, records manual changes with reasons, and fixes only above the caps with a reason", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t1", { large: [4, 2, 3], medium: [3, 3, 3], small: [2, 2, 2] });
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Overlegtafel begeleiding",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: null,
    });
    expect(
      (await relevantProviders(db, { id: tableId, regionId: w.subs[0]!.regionId, subregionId: null }, YEAR)).providers,
    ).toHaveLength(24);
    const { id: meetingId } = await createTableSession(w.ctx, session(tableId, 72));
    expect(await proposeComposition(w.ctx, meetingId, "vaste-code")).toEqual({ invited: 12, relevant: 24 });
    const composition = (await getComposition(db, meetingId))!;
    expect(composition.seed).toBe("vaste-code");
    const invited = composition.members.filter((m) => m.invited);
    expect(["large", "medium", "small"].map((c) => invited.filter((m) => m.sizeClass === c).length)).toEqual([5, 5, 2]);
    expect(composition.members.every((m) => m.proposedReason.length > 20)).toBe(true);

    // Same seed, same proposal.
    await proposeComposition(w.ctx, meetingId, "vaste-code");
    expect(
      (await getComposition(db, meetingId))!.members
        .filter((m) => m.invited)
        .map((m) => m.providerId)
        .sort(),
    ).toEqual(invited.map((m) => m.providerId).sort());

    const extra = composition.members.find((m) => !m.invited && m.sizeClass === "large")!;
    await changeMember(w.ctx, {
      meetingId,
      providerId: extra.providerId,
      invited: true,
      reason: "Expertise over de nieuwe werkwijze nodig",
    });
    await expect(fixComposition(w.ctx, { meetingId, overCapReason: null }, ORIGIN)).rejects.toMatchObject({
      field: "overCapReason",
    });
    const fixed = await fixComposition(
      w.ctx,
      { meetingId, overCapReason: "Eenmalig een zesde grote aanbieder voor de pilot" },
      ORIGIN,
    );
    expect(fixed.invited).toBe(13);
    expect(await db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId))).toHaveLength(13);
    await expect(
      changeMember(w.ctx, {
        meetingId,
        providerId: extra.providerId,
        invited: false,
        reason: "Toch niet meer nodig hiervoor",
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "table.change_member"), eq(auditLog.objectId, meetingId)));
    expect(audit[0]?.details).toMatchObject({ reason: "Expertise over de nieuwe werkwijze nodig" });

    // Invitations went out as meeting invitations to the members of seated providers.
    const member = await w.memberOf(extra.providerId, "extra");
    expect(member).toBeTruthy();
    const [fixAudit] = await db.select().from(auditLog).where(eq(auditLog.action, "table.fix"));
    expect(fixAudit?.details).toMatchObject({ overCapReason: "Eenmalig een zesde grote aanbieder voor de pilot" });
  });

  it("refuses a table without any relevant provider, and nothing is saved", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t2", { large: [0, 0, 0], medium: [0, 0, 0], small: [0, 0, 0] });
    await expect(
      createTable(w.ctx, {
        trajectoryId: w.trajectoryId,
        title: "Tafel zonder aanbieders",
        subject: "product",
        productIds: [w.base.product.id],
        theme: null,
        subregionId: null,
      }),
    ).rejects.toMatchObject({ field: "productIds" });
    expect(await tablesRelevantTo(db, w.base.actor.id)).toEqual([]);
  });

  it("flags absences, excludes with a reason the provider is told, proposes a replacement of the same class and shows the provider why", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t3", { large: [3, 3, 3], medium: [2, 2, 2], small: [1, 1, 1] });
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Overlegtafel met historie",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: null,
    });
    const table = { id: tableId, regionId: w.subs[0]!.regionId, subregionId: null };
    const past1 = await createTableSession(w.ctx, session(tableId, -72));
    const past2 = await createTableSession(w.ctx, session(tableId, -24));
    const next = await createTableSession(w.ctx, session(tableId, 48));
    const target = w.made.find((p) => p.cls === "large" && p.sub === 0)!;
    for (const s of [past1, past2, next]) {
      await proposeComposition(w.ctx, s.id);
      const own = (await getComposition(db, s.id))!.members.find((m) => m.providerId === target.id)!;
      if (!own.invited)
        await changeMember(w.ctx, {
          meetingId: s.id,
          providerId: target.id,
          invited: true,
          reason: "Nodig voor de continuïteit van het overleg",
        });
      await fixComposition(
        w.ctx,
        { meetingId: s.id, overCapReason: "Vaste deelnemer voor deze reeks sessies" },
        ORIGIN,
      );
    }
    for (const s of [past1, past2]) {
      const [seat] = await db
        .select()
        .from(meetingInvitees)
        .where(and(eq(meetingInvitees.meetingId, s.id), eq(meetingInvitees.providerId, target.id)));
      await recordAttendance(w.ctx, {
        meetingId: s.id,
        entries: [{ inviteeId: seat!.id, attendance: "absent_without_reason", reason: null }],
      });
    }
    const flagged = await flaggedProviders(db, table);
    expect(flagged.map((f) => f.id)).toEqual([target.id]);
    expect(flagged[0]!.reasons[0]).toContain("zonder opgave van reden");

    const member = await w.memberOf(target.id, "target");
    const until = `${YEAR + 1}-06-30`;
    await expect(
      excludeProvider(
        w.ctx,
        { tableId, providerId: target.id, until: "2020-01-01", reason: "Twee keer afwezig zonder reden" },
        ORIGIN,
      ),
    ).rejects.toMatchObject({ field: "until" });
    expect(
      (
        await excludeProvider(
          w.ctx,
          { tableId, providerId: target.id, until, reason: "Twee keer afwezig zonder reden" },
          ORIGIN,
        )
      ).replacements,
    ).toBe(1);
    const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, member.email));
    expect(mail?.body).toContain("Twee keer afwezig zonder reden");
    expect(await flaggedProviders(db, table)).toEqual([]);
    // After the exclusion ends, the absences it settled do not flag the provider again.
    expect(await flaggedProviders(db, table, new Date(`${YEAR + 1}-07-15T12:00:00Z`))).toEqual([]);

    const leaving = (await getComposition(db, next.id))!.members.find((m) => m.providerId === target.id)!;
    expect(leaving.invited).toBe(false);
    const replacement = w.made.find((p) => p.id === leaving.replacementProviderId)!;
    expect(replacement.cls).toBe("large");
    expect(leaving.replacementReason).toContain("grootteklasse");
    await acceptReplacement(w.ctx, { meetingId: next.id, leavingProviderId: target.id }, ORIGIN);
    expect(
      await db
        .select()
        .from(meetingInvitees)
        .where(and(eq(meetingInvitees.meetingId, next.id), eq(meetingInvitees.providerId, replacement.id))),
    ).toHaveLength(1);
    expect(
      await db
        .select()
        .from(meetingInvitees)
        .where(and(eq(meetingInvitees.meetingId, next.id), eq(meetingInvitees.providerId, target.id))),
    ).toHaveLength(0);

    // The excluded provider sees why; a provider for whom the table is not relevant gets a 404.
    const view = await loadTableForProvider(db, member, tableId);
    expect(view.exclusions[0]?.reason).toBe("Twee keer afwezig zonder reden");
    expect(view.sessions.at(-1)?.own?.changeReason).toContain("uitgesloten");
    const [outsider] = await db
      .insert(providers)
      .values({ name: "Buitenstaander-t3", kvkNumber: "99990003", city: "Utrecht", sizeClass: "small" })
      .returning();
    const stranger = await w.memberOf(outsider!.id, "stranger");
    await expect(loadTableForProvider(db, stranger, tableId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await isRelevantTo(db, table, outsider!.id)).toBe(false);

    // A withdrawal also leads to a replacement proposal.
    const seated = (await getComposition(db, next.id))!.members.find((m) => m.invited && m.sizeClass === "medium")!;
    await withdrawFromSession(w.ctx, {
      meetingId: next.id,
      providerId: seated.providerId,
      reason: "Geen beschikbare medewerker op die dag",
    });
    const after = (await getComposition(db, next.id))!.members.find((m) => m.providerId === seated.providerId)!;
    expect(after.invited).toBe(false);
    expect(w.made.find((p) => p.id === after.replacementProviderId)?.cls).toBe("medium");
    expect((await listSessions(db, tableId)).map((s) => s.status)).toEqual(["fixed", "fixed", "fixed"]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, member.id))).toHaveLength(1);

    // Minutes of a session reach every relevant provider, also those not seated (and the excluded one).
    const [unseated] = await db
      .insert(providers)
      .values({ name: "Nieuwkomer-t3", kvkNumber: "99990004", city: "Wormer", sizeClass: "small" })
      .returning();
    await db.insert(providerProducts).values({ providerId: unseated!.id, productId: w.base.product.id });
    await db.insert(providerSubregions).values({ providerId: unseated!.id, subregionId: w.subs[2]!.id });
    const reader = await w.memberOf(unseated!.id, "reader");
    const recipients = await publicationRecipients(db, w.trajectoryId, tableId);
    expect(recipients).toEqual(expect.arrayContaining([reader.id, member.id]));
    expect(recipients).not.toContain(stranger.id);
    expect(await publicationRecipients(db, w.trajectoryId)).not.toContain(reader.id);
    const [nextMeeting] = await db.select().from(meetings).where(eq(meetings.id, next.id));
    expect(await mayReadPublishedMinutes(db, reader, { ...nextMeeting!, trajectoryVisibility: "internal" })).toBe(true);
    expect(await mayReadPublishedMinutes(db, stranger, { ...nextMeeting!, trajectoryVisibility: "internal" })).toBe(
      false,
    );
  });

  it("takes size figures from providers, confirms, decides, imports CSV all-or-nothing and keeps thresholds per region", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t4", { large: [1, 0, 0], medium: [0, 0, 0], small: [0, 0, 0] });
    const p = w.made[0]!;
    const member = await w.memberOf(p.id, "size");
    const ctx = { db, actor: member, origin: "test" };
    await submitOwnIndicators(ctx, { year: YEAR + 1, clients: 30, employees: null, wmoRevenue: 500_000 });
    const [row] = await db
      .select()
      .from(providerSizeIndicators)
      .where(and(eq(providerSizeIndicators.providerId, p.id), eq(providerSizeIndicators.year, YEAR + 1)));
    expect(row?.status).toBe("submitted");
    await confirmIndicators(w.ctx, row!.id);
    await expect(
      submitOwnIndicators(ctx, { year: YEAR + 1, clients: 31, employees: null, wmoRevenue: 500_000 }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await decideClass(w.ctx, {
      providerId: p.id,
      year: YEAR + 1,
      decidedClass: "small",
      decisionReason: "Werkt grotendeels met zzp'ers in onderaanneming",
    });
    expect(
      (await db.select().from(providerSizeIndicators).where(eq(providerSizeIndicators.id, row!.id)))[0],
    ).toMatchObject({ decidedClass: "small", clients: 30 });
    // Without any figures for a year the officer can still decide.
    await decideClass(w.ctx, {
      providerId: p.id,
      year: YEAR - 3,
      decidedClass: "medium",
      decisionReason: "Nieuwe aanbieder, klasse volgens het contract",
    });
    expect(
      (
        await db
          .select()
          .from(providerSizeIndicators)
          .where(and(eq(providerSizeIndicators.providerId, p.id), eq(providerSizeIndicators.year, YEAR - 3)))
      )[0],
    ).toMatchObject({ decidedClass: "medium", clients: null, status: "confirmed" });

    const [provider] = await db.select().from(providers).where(eq(providers.id, p.id));
    const good = `kvk;jaar;clienten;medewerkers;omzet_wmo\n${provider!.kvkNumber};${YEAR - 1};12;3;"80.000"\n`;
    expect(await importIndicators(w.ctx, good)).toBe(1);
    const bad = `kvk;jaar;clienten;medewerkers;omzet_wmo\n${provider!.kvkNumber};${YEAR - 2};-5;abc;10\n12345678;${YEAR - 2};1;1;1\n`;
    await expect(importIndicators(w.ctx, bad)).rejects.toBeInstanceOf(InputError);
    const unknown = `kvk;jaar;clienten;medewerkers;omzet_wmo\n00000001;${YEAR - 2};1;1;1\n`;
    await expect(importIndicators(w.ctx, unknown)).rejects.toMatchObject({
      fieldErrors: { csv: [expect.stringContaining("00000001")] },
    });
    expect(
      await db
        .select()
        .from(providerSizeIndicators)
        .where(eq(providerSizeIndicators.year, YEAR - 2)),
    ).toEqual([]);

    await setThresholds(
      { ...w.ctx, actor: { ...w.base.actor, role: "admin" } },
      {
        regionId: w.subs[0]!.regionId,
        thresholds: {
          ...DEFAULT_SIZE_THRESHOLDS,
          clients: { largeFrom: 1000, smallBelow: 50 },
          employees: { largeFrom: 1000, smallBelow: 10 },
        },
      },
    );
    // A theme table without products: every provider in scope is relevant; the region's thresholds now make it medium.
    const { providers: list } = await relevantProviders(
      db,
      { id: "00000000-0000-0000-0000-000000000000", regionId: w.subs[0]!.regionId, subregionId: null },
      YEAR,
    );
    expect(list.map((x) => [x.id, x.sizeClass])).toEqual([[p.id, "medium"]]);
  });

  it("lets the officer maintain a provider's products and sub-regions, refusing bad input and anyone else, and audits what changed", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t5", { large: [1, 0, 0], medium: [0, 1, 0], small: [0, 0, 1] });
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Overlegtafel begeleiding",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: null,
    });
    const table = { id: tableId, regionId: w.subs[0]!.regionId, subregionId: null };
    const target = w.made[0]!;
    const [other] = await db
      .insert(products)
      .values({ code: "P2-t5", name: "Dagbesteding-t5", domain: "wmo" })
      .returning();

    // The form's rule: at least one product and one sub-region, unless the provider is no longer contracted.
    const parse = (v: Record<string, unknown>) => contractInput.safeParse({ providerId: target.id, ...v });
    const paths = (v: Record<string, unknown>) => {
      const r = parse(v);
      return r.success ? [] : r.error.issues.map((i) => [String(i.path[0]), i.message]);
    };
    expect(paths({})).toEqual([
      ["productIds", expect.stringContaining("minstens één product")],
      ["subregionIds", expect.stringContaining("minstens één deelregio")],
    ]);
    expect(paths({ productIds: [other!.id] })).toEqual([["subregionIds", expect.stringContaining("deelregio")]]);
    expect(paths({ ended: ["1"], productIds: [other!.id] })).toEqual([
      ["ended", expect.stringContaining("Kies het een of het ander")],
    ]);
    expect(parse({ productIds: ["geen-id"], subregionIds: [w.subs[0]!.id] }).success).toBe(false);
    expect(parse({ ended: ["ja"] }).success).toBe(false);
    expect(parse({ productIds: [other!.id, other!.id], subregionIds: [w.subs[1]!.id] }).data).toEqual({
      providerId: target.id,
      productIds: [other!.id],
      subregionIds: [w.subs[1]!.id],
      ended: false,
    });
    expect(parse({ ended: ["1"] }).data).toMatchObject({ productIds: [], subregionIds: [], ended: true });

    const input = {
      providerId: target.id,
      productIds: [other!.id],
      subregionIds: [w.subs[1]!.id, w.subs[2]!.id],
      ended: false,
    };
    // Only the officer: not a member of the provider itself, not an administrator.
    const member = await w.memberOf(target.id, "contract");
    await expect(setProviderContract({ ...w.ctx, actor: member }, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      setProviderContract({ ...w.ctx, actor: { ...w.base.actor, role: "admin" } }, input),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Unknown products, sub-regions or providers change nothing.
    const missing = "00000000-0000-4000-8000-000000000001";
    await expect(setProviderContract(w.ctx, { ...input, productIds: [other!.id, missing] })).rejects.toMatchObject({
      fieldErrors: { productIds: [expect.stringContaining("bestaat niet")] },
    });
    await expect(setProviderContract(w.ctx, { ...input, subregionIds: [missing] })).rejects.toBeInstanceOf(InputError);
    await expect(setProviderContract(w.ctx, { ...input, providerId: missing })).rejects.toBeInstanceOf(NotFoundError);
    expect(await contractOf(db, target.id)).toMatchObject({
      productIds: [w.base.product.id],
      subregionIds: [w.subs[0]!.id],
    });
    expect(await isRelevantTo(db, table, target.id)).toBe(true);

    // One product swapped, one sub-region swapped for two: the table no longer counts the provider.
    expect(await setProviderContract(w.ctx, input)).toEqual({ added: 3, removed: 2 });
    const after = await contractOf(db, target.id);
    expect(after.productIds).toEqual([other!.id]);
    expect([...after.subregionIds].sort()).toEqual([w.subs[1]!.id, w.subs[2]!.id].sort());
    expect(await isRelevantTo(db, table, target.id)).toBe(false);
    expect((await relevantProviders(db, table, YEAR)).providers.map((p) => p.id)).not.toContain(target.id);
    const entries = () =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "provider.set_contract"), eq(auditLog.objectId, target.id)));
    const [entry] = await entries();
    expect(entry?.actorId).toBe(w.base.actor.id);
    expect(entry?.details).toEqual({
      ended: false,
      productsAdded: [other!.id],
      productsRemoved: [w.base.product.id],
      subregionsAdded: [w.subs[1]!.id, w.subs[2]!.id].sort(),
      subregionsRemoved: [w.subs[0]!.id],
    });
    // Saving the same again changes nothing and logs nothing.
    expect(await setProviderContract(w.ctx, input)).toEqual({ added: 0, removed: 0 });
    expect(await entries()).toHaveLength(1);

    // No longer contracted: everything goes, and the log says so.
    expect(
      await setProviderContract(w.ctx, { providerId: target.id, productIds: [], subregionIds: [], ended: true }),
    ).toEqual({ added: 0, removed: 3 });
    expect(await contractOf(db, target.id)).toMatchObject({ products: [], subregions: [] });
    expect((await entries()).at(-1)?.details).toMatchObject({ ended: true, productsRemoved: [other!.id] });
  });

  it("lifts an exclusion early with a reason the provider is told; the provider is a candidate again and is not flagged for settled absences", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t6", { large: [2, 1, 1], medium: [1, 1, 1], small: [1, 1, 0] });
    const { id: tableId } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Overlegtafel met opheffing",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: null,
    });
    const table = { id: tableId, regionId: w.subs[0]!.regionId, subregionId: null };
    const target = w.made.find((p) => p.cls === "medium")!;
    const past1 = await createTableSession(w.ctx, session(tableId, -72));
    const past2 = await createTableSession(w.ctx, session(tableId, -24));
    for (const s of [past1, past2]) {
      await proposeComposition(w.ctx, s.id);
      await fixComposition(w.ctx, { meetingId: s.id, overCapReason: null }, ORIGIN);
      const [seat] = await db
        .select()
        .from(meetingInvitees)
        .where(and(eq(meetingInvitees.meetingId, s.id), eq(meetingInvitees.providerId, target.id)));
      await recordAttendance(w.ctx, {
        meetingId: s.id,
        entries: [{ inviteeId: seat!.id, attendance: "absent_without_reason", reason: null }],
      });
    }
    expect((await flaggedProviders(db, table)).map((f) => f.id)).toEqual([target.id]);
    const member = await w.memberOf(target.id, "lift");
    await excludeProvider(
      w.ctx,
      { tableId, providerId: target.id, until: `${YEAR + 1}-06-30`, reason: "Twee keer afwezig zonder reden" },
      ORIGIN,
    );
    const next = await createTableSession(w.ctx, session(tableId, 48));
    await proposeComposition(w.ctx, next.id);
    expect((await getComposition(db, next.id))!.members.find((m) => m.providerId === target.id)?.invited).toBe(false);
    const [exclusion] = await db.select().from(tableExclusions).where(eq(tableExclusions.tableId, tableId));

    // Bad input and the policy.
    expect(
      liftExclusionInput.safeParse({ tableId, exclusionId: exclusion!.id, reason: "Kort" }).error?.issues[0]?.message,
    ).toContain("minstens 10 tekens");
    expect(
      liftExclusionInput.safeParse({ tableId, exclusionId: "geen-id", reason: "Afspraken zijn nagekomen" }).success,
    ).toBe(false);
    const input = { tableId, exclusionId: exclusion!.id, reason: "Afspraken over aanwezigheid zijn gemaakt" };
    await expect(liftExclusion({ ...w.ctx, actor: member }, input, ORIGIN)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      liftExclusion({ ...w.ctx, actor: { ...w.base.actor, role: "admin" } }, input, ORIGIN),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(liftExclusion(w.ctx, { ...input, tableId: past1.id }, ORIGIN)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await db.select().from(tableExclusions).where(eq(tableExclusions.id, exclusion!.id)))[0]?.liftedAt,
    ).toBeNull();

    await liftExclusion(w.ctx, input, ORIGIN);
    const [lifted] = await db.select().from(tableExclusions).where(eq(tableExclusions.id, exclusion!.id));
    expect(lifted).toMatchObject({ liftedBy: w.base.actor.id, liftReason: input.reason, until: `${YEAR + 1}-06-30` });
    await expect(liftExclusion(w.ctx, input, ORIGIN)).rejects.toThrow(DomainRuleError);
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, member.email));
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining("Uitsluiting van overlegtafel"),
      expect.stringContaining("Uitsluiting opgeheven"),
    ]);
    expect(mails[1]?.body).toContain(input.reason);
    expect(await db.select().from(notifications).where(eq(notifications.userId, member.id))).toHaveLength(2);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "table.lift_exclusion"), eq(auditLog.objectId, tableId)));
    expect(entry?.details).toMatchObject({
      exclusionId: exclusion!.id,
      providerId: target.id,
      reason: input.reason,
      notified: 1,
    });

    // The provider sees the lift, is a candidate again, and the absences the exclusion settled do not flag it.
    const view = await loadTableForProvider(db, member, tableId);
    expect(view.exclusions[0]).toMatchObject({
      liftReason: input.reason,
      endsOn: new Date().toISOString().slice(0, 10),
    });
    await proposeComposition(w.ctx, next.id);
    expect((await getComposition(db, next.id))!.members.find((m) => m.providerId === target.id)?.invited).toBe(true);
    expect(await flaggedProviders(db, table)).toEqual([]);

    // An exclusion that has already run out is not lifted.
    const other = w.made.find((p) => p.cls === "small")!;
    await excludeProvider(
      w.ctx,
      { tableId, providerId: other.id, until: `${YEAR + 1}-01-31`, reason: "Niet verschenen zonder bericht" },
      ORIGIN,
    );
    const [ended] = await db
      .select()
      .from(tableExclusions)
      .where(and(eq(tableExclusions.tableId, tableId), eq(tableExclusions.providerId, other.id)));
    await expect(
      liftExclusion(
        w.ctx,
        { tableId, exclusionId: ended!.id, reason: "Afspraken zijn nagekomen" },
        ORIGIN,
        new Date(`${YEAR + 1}-02-01T12:00:00Z`),
      ),
    ).rejects.toThrow(DomainRuleError);
  });

  it("finds a table session's published minutes in the search of exactly those who may open them", async () => {
    const db = getDb();
    const w = await tableWorld(db, "-t7", { large: [2, 1, 0], medium: [1, 1, 0], small: [1, 0, 0] });
    await db.update(trajectories).set({ visibility: "internal" }).where(eq(trajectories.id, w.trajectoryId));
    // One table for the whole region and one for sub-region B only; no composition is fixed, so no
    // provider takes part in the trajectory other than through the relevance of a table.
    const { id: regionTable } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Regiotafel",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: null,
    });
    const { id: subTable } = await createTable(w.ctx, {
      trajectoryId: w.trajectoryId,
      title: "Subregiotafel",
      subject: "product",
      productIds: [w.base.product.id],
      theme: null,
      subregionId: w.subs[1]!.id,
    });
    const { id: regionSession } = await createTableSession(w.ctx, session(regionTable, -48));
    const { id: subSession } = await createTableSession(w.ctx, session(subTable, -24));
    for (const meetingId of [regionSession, subSession]) {
      await db.insert(minutesVersions).values({
        meetingId,
        version: 1,
        body: { type: "doc", content: [] },
        html: "<p>Besproken: de tafelverslagt7 over wachttijden.</p>",
        text: "Besproken: de tafelverslagt7 over wachttijden.",
        pdf: new Uint8Array([37, 80, 68, 70]),
        redactionCount: 0,
        approvedBy: w.base.actor.id,
        publishedBy: w.base.actor.id,
      });
    }
    const inA = await w.memberOf(w.made.find((p) => p.sub === 0)!.id, "in-a");
    const inB = await w.memberOf(w.made.find((p) => p.sub === 1)!.id, "in-b");
    const [outsider] = await db
      .insert(providers)
      .values({ name: "Buitenstaander-t7", kvkNumber: "99990007", city: "Utrecht", sizeClass: "small" })
      .returning();
    await db.insert(providerSubregions).values({ providerId: outsider!.id, subregionId: w.subs[1]!.id });
    const stranger = await w.memberOf(outsider!.id, "stranger");

    const found = async (actor: Actor | null) =>
      (await searchFor(db, actor, plainSearch("tafelverslagt7", "minutes"))).hits.map((m) => m.ref).sort();
    const mayOpen = async (actor: Actor | null) => {
      const visibility = (
        await db.select({ v: trajectories.visibility }).from(trajectories).where(eq(trajectories.id, w.trajectoryId))
      )[0]!.v;
      const sessions = await db.select().from(meetings).where(eq(meetings.trajectoryId, w.trajectoryId));
      const open: string[] = [];
      for (const m of sessions)
        if (await mayReadPublishedMinutes(db, actor, { ...m, trajectoryVisibility: visibility })) open.push(m.id);
      return open.sort();
    };
    const actors = [inA, inB, stranger, null, w.base.actor];

    expect(await found(inA)).toEqual([regionSession]);
    expect(await found(inB)).toEqual([regionSession, subSession].sort());
    expect(await found(stranger)).toEqual([]);
    expect(await found(null)).toEqual([]);
    expect(await found(w.base.actor)).toEqual([regionSession, subSession].sort());
    for (const actor of actors) expect(await found(actor)).toEqual(await mayOpen(actor));

    // Once the trajectory is public, everyone finds and may open them.
    await db.update(trajectories).set({ visibility: "public" }).where(eq(trajectories.id, w.trajectoryId));
    expect(await found(null)).toEqual([regionSession, subSession].sort());
    expect(await found(stranger)).toEqual([regionSession, subSession].sort());
    for (const actor of actors) expect(await found(actor)).toEqual(await mayOpen(actor));
  });
});
