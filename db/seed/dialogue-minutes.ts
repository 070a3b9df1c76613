import { eq } from "drizzle-orm";
import { meetingInvitees, minutes, providers } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { createMeeting, recordAttendance, sendMeetingInvitations } from "@/lib/meeting/writes";
import { publishMinutes } from "@/lib/minutes/publish";
import { detectionContext } from "@/lib/minutes/recipients";
import { reviewMinutes, saveMinutes, submitMinutes } from "@/lib/minutes/writes";
import { reviewFindings } from "@/lib/redaction/review";
import type { RedactionGround } from "@/lib/redaction/grounds";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { dayAt, DEMO_ORIGIN, type Replay } from "./replay";

const AUTHOR = "inkoper@zaanstad.nl";
const REVIEWER = "beleid@zaanstad.nl";

type Part = string | [text: string, ground: RedactionGround];
const paragraph = (...parts: Part[]): RichTextNode => ({
  type: "paragraph",
  content: parts.map((p) =>
    typeof p === "string"
      ? { type: "text", text: p }
      : { type: "text", text: p[0], marks: [{ type: "redaction", attrs: { ground: p[1] } }] },
  ),
});
const heading = (text: string): RichTextNode => ({
  type: "heading",
  attrs: { level: 2 },
  content: [{ type: "text", text }],
});

/** Passages the published copies must never contain; the seed test searches every version for them. */
export const REDACTED_PASSAGES = ["Jolanda Brink", "€ 31,40", "beginnende dementie", "verbouwing van ons kantoor"];

const body = (corrected: boolean): RichTextDoc => ({
  type: "doc",
  content: [
    heading("Opening en doel"),
    paragraph(
      "De gemeente opent de sessie en licht de planning van de toelating via open house toe. Drie aanbieders " +
        "zijn uitgenodigd voor deze dialoogsessie.",
    ),
    heading("Minimumeisen"),
    paragraph(
      "Aanbieders vragen om een vaste contactpersoon bij het lokale team. Mevrouw ",
      ["Jolanda Brink", "5.1.2e"],
      " van het lokale team Zaandam-Oost schuift bij de volgende sessie aan.",
    ),
    paragraph(
      "Een aanbieder vertelt over een cliënt met ",
      ["beginnende dementie", "5.1.1d"],
      " voor wie de vaste hulp het verschil maakt; iedereen is het eens dat continuïteit een eis wordt.",
    ),
    heading("Reële prijs"),
    paragraph(
      "Eén aanbieder noemt het eigen uurtarief van ",
      ["€ 31,40", "5.1.2f"],
      "; de gemeente onderbouwt de prijs met een eigen kostprijsberekening en deelt die vóór de volgende sessie.",
    ),
    ...(corrected
      ? [
          paragraph(
            "Een aanbieder kan in het eerste kwartaal minder uren leveren door de ",
            ["verbouwing van ons kantoor", "5.1.1c"],
            "; de gemeente houdt daar bij de start rekening mee.",
          ),
          paragraph("Toezegging: de reistijd tussen cliënten telt mee in de reële prijs."),
        ]
      : [paragraph("Toezegging: de gemeente bekijkt of de reistijd tussen cliënten meetelt.")]),
    heading("Afspraken"),
    paragraph("De gemeente stuurt het conceptprogramma van eisen binnen vier weken rond."),
  ],
});

/** Saves the working copy with every suggestion the officer decided not to redact marked as dismissed. */
async function save(tx: Executor, replay: Replay, meetingId: string, trajectoryId: string, at: Date, doc: RichTextDoc) {
  const [current] = await tx.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  const context = await detectionContext(tx, meetingId, trajectoryId);
  const dismissed = reviewFindings(doc, { ...context, publicFigures: [], confidentialTerms: [] }, [])
    .filter((f) => f.status === "open")
    .map((f) => f.key);
  await replay.as(AUTHOR, at, (ctx) =>
    saveMinutes(ctx, {
      meetingId,
      revision: current?.revision ?? 0,
      document: doc,
      dismissedFindings: dismissed,
      publicFigures: [],
      confidentialTerms: [],
    }),
  );
}

async function publishVersion(
  tx: Executor,
  replay: Replay,
  meeting: { id: string; trajectoryId: string },
  day: number,
  now: Date,
  corrected: boolean,
) {
  await save(tx, replay, meeting.id, meeting.trajectoryId, dayAt(now, day, 9), body(corrected));
  await replay.as(AUTHOR, dayAt(now, day, 10), (ctx) => submitMinutes(ctx, meeting.id, DEMO_ORIGIN));
  await replay.as(REVIEWER, dayAt(now, day, 14), (ctx) =>
    reviewMinutes(ctx, { meetingId: meeting.id, decision: "approve", remarks: "" }, DEMO_ORIGIN),
  );
  const at = dayAt(now, day, 15);
  const changeNote = corrected
    ? "Correctie: de toezegging over de reistijd stond onjuist in het verslag; de opmerking over de " +
      "leverbaarheid in het eerste kwartaal is aangevuld."
    : "";
  await replay.as(AUTHOR, at, (ctx) => publishMinutes(ctx, { meetingId: meeting.id, changeNote }, DEMO_ORIGIN, at));
}

/**
 * The oral consultation's session: invitations, attendance (one provider absent with a reason), minutes with
 * redactions of several grounds published as version 1, and a corrected version 2.
 */
export async function insertOralSession(
  tx: Executor,
  replay: Replay,
  consultation: { id: string; trajectoryId: string; title: string },
  now: Date,
): Promise<string> {
  const startsAt = dayAt(now, -27, 13);
  const { id } = await replay.as(AUTHOR, dayAt(now, -36, 10), (ctx) =>
    createMeeting(ctx, {
      trajectoryId: consultation.trajectoryId,
      consultationId: consultation.id,
      kind: "plenary",
      title: "Dialoogsessie minimumeisen huishoudelijke ondersteuning",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 150 * 60_000),
      location: "Stadhuis Zaandam, zaal 2.14",
      onlineUrl: null,
      agenda: "Opening en doel\nMinimumeisen\nReële prijs\nAfspraken en vervolg",
    }),
  );
  await replay.as(AUTHOR, dayAt(now, -35, 9), (ctx) =>
    sendMeetingInvitations(ctx, id, DEMO_ORIGIN, dayAt(now, -35, 9)),
  );
  const invitees = await tx
    .select({ id: meetingInvitees.id, provider: providers.name })
    .from(meetingInvitees)
    .innerJoin(providers, eq(providers.id, meetingInvitees.providerId))
    .where(eq(meetingInvitees.meetingId, id));
  const recordedAt = dayAt(now, -27, 16);
  await replay.as(AUTHOR, recordedAt, (ctx) =>
    recordAttendance(
      ctx,
      {
        meetingId: id,
        entries: invitees.map((i) =>
          i.provider === "Huishoudhulp Oostzaan & Co"
            ? { inviteeId: i.id, attendance: "absent_with_reason" as const, reason: "Ziekte van de directeur" }
            : { inviteeId: i.id, attendance: "present" as const, reason: null },
        ),
      },
      recordedAt,
    ),
  );
  const meeting = { id, trajectoryId: consultation.trajectoryId };
  await publishVersion(tx, replay, meeting, -24, now, false);
  await publishVersion(tx, replay, meeting, -17, now, true);
  return id;
}
