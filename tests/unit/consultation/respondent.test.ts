import { describe, expect, it } from "vitest";
import { respondentName } from "@/db/queries/respondent";

describe("respondentName", () => {
  const none = { providerName: null, councilName: null, userName: null };
  it("names the provider first, then the council a member speaks for, then the person", () => {
    expect(respondentName({ providerName: "Zorg aan de Zaan", councilName: "Wmo-raad", userName: "Jan" })).toBe(
      "Zorg aan de Zaan",
    );
    expect(respondentName({ ...none, councilName: "Wmo-raad", userName: "Jan" })).toBe("Wmo-raad");
    expect(respondentName({ ...none, userName: "Jan" })).toBe("Jan");
  });
  it("shows a dash when nobody is known", () => {
    expect(respondentName(none)).toBe("—");
  });
});
