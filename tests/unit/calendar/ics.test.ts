import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine, formatUtc } from "@/lib/calendar/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("iCalendar file of a meeting", () => {
  const event = {
    id: "5b0c7e3a-1d2f-4c5b-9a8e-0f1e2d3c4b5a",
    title: "Dialoogsessie; begeleiding, Wmo",
    // 1 February 2027 09:00–11:30 in Amsterdam (UTC+1) and a summer date (UTC+2).
    startsAt: new Date("2027-02-01T08:00:00Z"),
    endsAt: new Date("2027-02-01T10:30:00Z"),
    location: "Stadhuis Zaandam, zaal 2.14",
    description: "1. Opening\n2. Wat werkt in de wijk?\\n\nhttps://portaal.example.nl/bijeenkomsten/x",
    url: "https://portaal.example.nl/bijeenkomsten/x",
  };

  it("writes UTC times, a stable UID and escaped text, with CRLF line ends", () => {
    const now = new Date("2027-01-15T12:00:00Z");
    const ics = calendarFile(event, { host: "portaal.example.nl", now });
    const again = calendarFile(event, { host: "portaal.example.nl", now: new Date("2027-01-20T12:00:00Z") });
    const lines = unfold(ics).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines).toContain("UID:meeting-5b0c7e3a-1d2f-4c5b-9a8e-0f1e2d3c4b5a@portaal.example.nl");
    expect(
      unfold(again)
        .split("\r\n")
        .find((l) => l.startsWith("UID:")),
    ).toBe(lines.find((l) => l.startsWith("UID:")));
    expect(lines).toContain("DTSTART:20270201T080000Z");
    expect(lines).toContain("DTEND:20270201T103000Z");
    expect(lines).toContain("DTSTAMP:20270115T120000Z");
    expect(lines).toContain("SUMMARY:Dialoogsessie\\; begeleiding\\, Wmo");
    expect(lines).toContain("LOCATION:Stadhuis Zaandam\\, zaal 2.14");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toBe(
      "DESCRIPTION:1. Opening\\n2. Wat werkt in de wijk?\\\\n\\nhttps://portaal.example.nl/bijeenkomsten/x",
    );
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const long = `DESCRIPTION:${"é".repeat(100)}${"x".repeat(50)}`;
    const folded = foldLine(long);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(2);
    for (const [i, p] of pieces.entries()) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(" ")).toBe(true);
    }
    expect(unfold(folded)).toBe(long);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("escapes every special character of TEXT and formats any moment in UTC", () => {
    expect(escapeText("a\\b;c,d\r\ne\rf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(formatUtc(new Date("2027-07-01T22:05:09Z"))).toBe("20270701T220509Z");
  });

  it("marks a cancelled meeting and leaves out an empty location", () => {
    const ics = calendarFile(
      { ...event, location: null, cancelled: true, sequence: 2 },
      { host: "h", now: new Date() },
    );
    expect(ics).toContain("STATUS:CANCELLED\r\n");
    expect(ics).toContain("SEQUENCE:2\r\n");
    expect(ics).not.toContain("LOCATION:");
  });
});
