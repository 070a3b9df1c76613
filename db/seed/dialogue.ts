import { eq } from "drizzle-orm";
import { consultationComments, providers, trajectories } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { flagComment, hideComment, postComment } from "@/lib/consultation/comments";
import { markInvitationOpened } from "@/lib/consultation/reads";
import { saveResponse } from "@/lib/consultation/responses";
import { inviteParticipants, publishConsultation, remindNonResponders } from "@/lib/consultation/writes";
import * as data from "./dialogue-data";
import { feedbackConsultation, oralConsultation } from "./dialogue-closed";
import {
  answers,
  BELEID,
  CLIENTENRAAD,
  create,
  INKOPER,
  INWONER,
  questionIds,
  WIJKZORG,
  WMORAAD,
  ZORGGROEP,
  ZZP,
  type Ids,
} from "./dialogue-steps";
import { dayAt, DEMO_ORIGIN, type Replay } from "./replay";
import { lookup } from "./trajectories";

/**
 * The open consultation: visible to everyone, answered by two providers and the Wmo council, a third
 * provider's shared draft, and a discussion in which one comment was reported and hidden with a reason.
 */
async function openConsultation(tx: Executor, replay: Replay, ids: Ids, now: Date): Promise<string> {
  const id = await create(replay, dayAt(now, -14, 9), {
    trajectoryId: lookup(ids.trajectories, "Inkoop Begeleiding Wmo 2027–2031"),
    phase: "strategic_goals",
    title: data.DEMO_CONSULTATIONS.open,
    introduction: data.OPEN_INTRODUCTION,
    openness: "open",
    form: "written",
    interaction: "interactive",
    audience: "both",
    opensAt: dayAt(now, -10, 8),
    closesAt: dayAt(now, 18, 16),
    questions: data.OPEN_QUESTIONS,
  });
  await replay.as(INKOPER, dayAt(now, -11, 10), (ctx) => publishConsultation(ctx, id, DEMO_ORIGIN));
  const q = await questionIds(tx, id);
  const submit = (email: string, at: Date, values: Record<string, string | string[]>) =>
    replay.as(email, at, (ctx) =>
      saveResponse(ctx, { consultationId: id, baseVersion: 0, intent: "submit", values }, at),
    );
  await submit(
    ZORGGROEP,
    dayAt(now, -8, 10),
    answers(
      q,
      [
        "Buurtkamers met een vaste begeleider, lotgenotengroepen en een inloopspreekuur in het wijkcentrum.",
        "Per traject (resultaat)",
        "3",
        "Wij hebben nu 46 cliënten op de wachtlijst; met twee extra begeleiders per team lossen we die in een " +
          "half jaar op.",
      ],
      [3],
    ),
  );
  await submit(
    ZZP,
    dayAt(now, -6, 14),
    answers(q, [
      "Een maatje uit de buurt en koffieochtenden in de bibliotheek.",
      "Per uur (inspanning)",
      "4",
      "Minder verantwoording per kwartaal.",
    ]),
  );
  // The council's formal advice (zienswijze), given by its member.
  await submit(
    WMORAAD,
    dayAt(now, -4, 19),
    answers(q, [
      "De Wmo-raad adviseert collectieve voorzieningen alleen in te zetten naast, niet in plaats van, individuele " +
        "begeleiding, en inwoners zelf te laten kiezen.",
      "Per traject (resultaat)",
      "2",
      "Inwoners melden dat zij niet weten bij wie zij terecht kunnen zolang zij wachten.",
    ]),
  );
  // Two colleagues of Wijkzorg Waterland work on one shared draft; it is not submitted yet.
  await replay.as(WIJKZORG, dayAt(now, -3, 11), (ctx) =>
    saveResponse(
      ctx,
      {
        consultationId: id,
        baseVersion: 0,
        intent: "draft",
        values: answers(q, ["Inloop in het dorpshuis van Broek in Waterland; nog aanvullen met cijfers.", null]),
      },
      dayAt(now, -3, 11),
    ),
  );

  const comment = (email: string, at: Date, body: string, parentId?: string) =>
    replay.as(email, at, (ctx) => postComment(ctx, { consultationId: id, body, parentId }));
  await comment(
    INWONER,
    dayAt(now, -7, 20),
    "Ik ga zelf naar de buurtkamer in Poelenburg. Het helpt, maar 's avonds is er niemand.",
  );
  await comment(
    CLIENTENRAAD,
    dayAt(now, -6, 9),
    "De cliëntenraad hoort hetzelfde: collectief werkt als het ook buiten kantoortijden open is.",
  );
  await comment(
    INWONER,
    dayAt(now, -5, 21),
    "Mijn buurvrouw op de Vinkenstraat 12 krijgt al maanden geen begeleiding, bel haar maar op 06-12345678.",
  );
  await comment(
    ZORGGROEP,
    dayAt(now, -5, 10),
    "Wij openen vanaf volgende maand twee buurtkamers op donderdagavond, in Zaandam en Wormer.",
  );
  const hidden = await commentWith(tx, id, "Vinkenstraat");
  await replay.as(CLIENTENRAAD, dayAt(now, -5, 22), (ctx) => flagComment(ctx, hidden));
  await replay.as(BELEID, dayAt(now, -4, 8, 30), (ctx) =>
    hideComment(ctx, {
      commentId: hidden,
      reason: "Bevat het adres en telefoonnummer van iemand anders (persoonsgegevens).",
    }),
  );
  return id;
}

async function commentWith(tx: Executor, consultationId: string, fragment: string): Promise<string> {
  const rows = await tx
    .select({ id: consultationComments.id, body: consultationComments.body })
    .from(consultationComments)
    .where(eq(consultationComments.consultationId, consultationId));
  const found = rows.find((r) => r.body.includes(fragment));
  if (!found) throw new Error(`demodata: reactie met "${fragment}" ontbreekt`);
  return found.id;
}

/** Invited providers only: some opened it, one responded, the others were reminded yesterday. */
async function invitedConsultation(tx: Executor, replay: Replay, ids: Ids, now: Date): Promise<string> {
  const id = await create(replay, dayAt(now, -9, 9), {
    trajectoryId: lookup(ids.trajectories, "Jeugdhulp ambulant regio Zaanstreek-Waterland"),
    phase: "analysis",
    title: data.DEMO_CONSULTATIONS.invited,
    introduction: data.INVITED_INTRODUCTION,
    openness: "closed",
    form: "written",
    interaction: "non_interactive",
    audience: "providers",
    opensAt: dayAt(now, -7, 8),
    closesAt: dayAt(now, 7, 16),
    questions: data.INVITED_QUESTIONS,
  });
  const invited = [
    "Zorggroep Zaanstreek",
    "Wijkzorg Waterland",
    "Zorg aan de Zaan – J. de Vries (zzp)",
    "Jeugd & Gezin Zaanoever",
    "Kinder- en Jeugdpraktijk Zaanpeil",
  ].map((name) => lookup(ids.providers, name));
  await replay.as(INKOPER, dayAt(now, -9, 10), (ctx) =>
    inviteParticipants(ctx, { consultationId: id, providerIds: invited, userIds: [] }, DEMO_ORIGIN),
  );
  await replay.as(INKOPER, dayAt(now, -8, 9), (ctx) => publishConsultation(ctx, id, DEMO_ORIGIN));
  for (const [email, at] of [
    [ZORGGROEP, dayAt(now, -6, 9)],
    [WIJKZORG, dayAt(now, -5, 15)],
  ] as const)
    await replay.as(email, at, (ctx) => markInvitationOpened(ctx.db, id, ctx.actor));
  const q = await questionIds(tx, id);
  const at = dayAt(now, -4, 16);
  await replay.as(ZORGGROEP, at, (ctx) =>
    saveResponse(
      ctx,
      {
        consultationId: id,
        baseVersion: 0,
        intent: "submit",
        values: answers(q, [
          "Het tekort aan gz-psychologen: twee vacatures staan al een half jaar open.",
          ["Minder administratie", "Vaste contactpersoon lokaal team"],
        ]),
      },
      at,
    ),
  );
  await replay.as(INKOPER, dayAt(now, -1, 9), (ctx) => remindNonResponders(ctx, id, DEMO_ORIGIN, dayAt(now, -1, 9)));
  return id;
}

export type DialogueIds = { open: string; invited: string; oral: string; feedback: string };

/** The market consultations of the demo, each in the state its title promises. */
export async function insertConsultations(tx: Executor, replay: Replay, now: Date): Promise<DialogueIds> {
  const byName = async <T extends { id: string; name: string }>(rows: Promise<T[]>) =>
    new Map((await rows).map((r) => [r.name, r.id]));
  const ids: Ids = {
    trajectories: await byName(tx.select({ id: trajectories.id, name: trajectories.title }).from(trajectories)),
    providers: await byName(tx.select({ id: providers.id, name: providers.name }).from(providers)),
  };
  return {
    feedback: await feedbackConsultation(tx, replay, ids, now),
    oral: await oralConsultation(replay, ids, now),
    open: await openConsultation(tx, replay, ids, now),
    invited: await invitedConsultation(tx, replay, ids, now),
  };
}
