import { and, eq } from "drizzle-orm";
import { consultationTables, meetingInvitees, providers, tableCompositionMembers } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { fixComposition, proposeComposition } from "@/lib/overlegtafel/composition-writes";
import { createTableSession } from "@/lib/overlegtafel/table-writes";
import { recordAttendance } from "@/lib/meeting/writes";
import { dayAt, DEMO_ORIGIN, type Replay } from "./replay";

const OFFICER = "inkoper@zaanstad.nl";
/** Providers with a demo account never miss a session, so their own view stays calm. */
const WITH_ACCOUNT = new Set(["Zorggroep Zaanstreek", "Wijkzorg Waterland", "Zorg aan de Zaan – J. de Vries (zzp)"]);

const SESSIONS = [
  { days: -84, title: "Overlegtafel Begeleiding individueel — sessie september", topic: "Instroom en wachttijden" },
  { days: -56, title: "Overlegtafel Begeleiding individueel — sessie oktober", topic: "Resultaatgericht werken" },
  { days: -28, title: "Overlegtafel Begeleiding individueel — sessie november", topic: "Samenwerking lokale teams" },
];

export type TableHistory = { sessions: string[]; candidate: string; absentWithReason: string };

/**
 * Three past sessions of the demo table, each composed by the region's rules (a recorded seed, so the proposal
 * can be recomputed), fixed two weeks ahead and with attendance recorded afterwards. One provider stayed away
 * without a reason in the last session, which makes it a candidate for exclusion; one sent a reason.
 */
export async function insertTableHistory(tx: Executor, replay: Replay, now: Date): Promise<TableHistory> {
  const [table] = await tx.select().from(consultationTables).limit(1);
  if (!table) throw new Error("demodata: overlegtafel ontbreekt");
  const sessions: string[] = [];
  let candidate = "";
  let absentWithReason = "";
  for (const [index, s] of SESSIONS.entries()) {
    const startsAt = dayAt(now, s.days, 13);
    const { id } = await replay.as(OFFICER, dayAt(now, s.days - 21, 10), (ctx) =>
      createTableSession(ctx, {
        tableId: table.id,
        title: s.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        location: "Stadhuis Zaandam, raadzaal",
        agenda: `Opening\n${s.topic}\nRondvraag`,
      }),
    );
    sessions.push(id);
    await replay.as(OFFICER, dayAt(now, s.days - 15, 10), (ctx) =>
      proposeComposition(ctx, id, `demo-sessie-${index + 1}`),
    );
    const fixedAt = dayAt(now, s.days - 14, 10);
    await replay.as(OFFICER, fixedAt, (ctx) =>
      fixComposition(ctx, { meetingId: id, overCapReason: null }, DEMO_ORIGIN, fixedAt),
    );
    const invitees = await tx
      .select({ id: meetingInvitees.id, provider: providers.name })
      .from(meetingInvitees)
      .innerJoin(providers, eq(providers.id, meetingInvitees.providerId))
      .innerJoin(
        tableCompositionMembers,
        and(
          eq(tableCompositionMembers.meetingId, meetingInvitees.meetingId),
          eq(tableCompositionMembers.providerId, meetingInvitees.providerId),
        ),
      )
      .where(eq(meetingInvitees.meetingId, id))
      .orderBy(providers.name);
    const others = invitees.filter((i) => !WITH_ACCOUNT.has(i.provider));
    const missing = index === 2 ? others[0] : undefined;
    const excused = index === 0 ? others.at(-1) : undefined;
    if (missing) candidate = missing.provider;
    if (excused) absentWithReason = excused.provider;
    const recordedAt = dayAt(now, s.days, 16);
    await replay.as(OFFICER, recordedAt, (ctx) =>
      recordAttendance(
        ctx,
        {
          meetingId: id,
          entries: invitees.map((i) =>
            i === missing
              ? { inviteeId: i.id, attendance: "absent_without_reason" as const, reason: null }
              : i === excused
                ? {
                    inviteeId: i.id,
                    attendance: "absent_with_reason" as const,
                    reason: "Teamoverleg over een calamiteit",
                  }
                : { inviteeId: i.id, attendance: "present" as const, reason: null },
          ),
        },
        recordedAt,
      ),
    );
  }
  if (!candidate) throw new Error("demodata: geen aanbieder om als afwezig te registreren");
  return { sessions, candidate, absentWithReason };
}
