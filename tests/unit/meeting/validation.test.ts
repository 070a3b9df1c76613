import { describe, expect, it } from "vitest";
import { attendanceInput, meetingInput } from "@/lib/meeting/validation";

const ID = "00000000-0000-4000-8000-000000000001";
const INVITEE = "00000000-0000-4000-8000-0000000000aa";
const base = {
  trajectoryId: ID,
  consultationId: "",
  kind: "plenary",
  title: "Marktsessie",
  startsAt: "2027-03-01T10:00",
  endsAt: "2027-03-01T12:00",
  location: "Stadhuis",
  onlineUrl: "",
  agenda: "Opening\nRondvraag",
};
const errorsOf = (input: unknown) => {
  const result = meetingInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("meetingInput", () => {
  it("accepts a place or an online link and reads times as Dutch local time", () => {
    const parsed = meetingInput.parse(base);
    expect(parsed.startsAt.toISOString()).toBe("2027-03-01T09:00:00.000Z");
    expect(parsed.consultationId).toBeNull();
    expect(
      meetingInput.parse({ ...base, location: "", onlineUrl: "https://vergadering.example.nl/123" }).location,
    ).toBeNull();
  });

  it.each([
    [{ endsAt: "2027-03-01T09:00" }, "endsAt: Het einde moet na het begin liggen."],
    [{ location: "", onlineUrl: "" }, "location: Vul een plaats of een online link in."],
    [
      { onlineUrl: "javascript:alert(1)" },
      "onlineUrl: Vul een volledig https-adres in, bijvoorbeeld https://vergadering.example.nl/123.",
    ],
    [
      { onlineUrl: "http://onveilig.example" },
      "onlineUrl: Vul een volledig https-adres in, bijvoorbeeld https://vergadering.example.nl/123.",
    ],
    [{ startsAt: "2027-02-30T10:00" }, "startsAt: Vul een geldige datum en tijd in."],
    [{ agenda: "kort" }, "agenda: Gebruik minstens 10 tekens."],
  ])("refuses %j with a Dutch message", (change, message) => {
    expect(errorsOf({ ...base, ...change })).toContain(message);
  });
});

describe("attendanceInput", () => {
  it("reads one attendance per invitee and skips rows left empty", () => {
    const parsed = attendanceInput.parse({
      meetingId: ID,
      [`attendance.${INVITEE}`]: "present",
      [`reason.${INVITEE}`]: "",
      [`attendance.${ID}`]: "",
    });
    expect(parsed.entries).toEqual([{ inviteeId: INVITEE, attendance: "present", reason: null }]);
  });

  it("requires a reason for an excused absence and refuses unknown values", () => {
    const missing = attendanceInput.safeParse({
      meetingId: ID,
      [`attendance.${INVITEE}`]: "absent_with_reason",
      [`reason.${INVITEE}`]: " ",
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual([`reason.${INVITEE}`]);
    expect(attendanceInput.safeParse({ meetingId: ID, [`attendance.${INVITEE}`]: "weet-niet" }).success).toBe(false);
  });
});
