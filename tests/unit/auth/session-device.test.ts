import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/auth/session-device";

const WEBKIT = "AppleWebKit/605.1.15 (KHTML, like Gecko)";
const BLINK = "AppleWebKit/537.36 (KHTML, like Gecko)";

describe("describeDevice", () => {
  it.each([
    [`Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${BLINK} Chrome/130.0 Safari/537.36 Edg/130.0`, "Edge", "Windows"],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Linux"],
    [`Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${WEBKIT} Version/18.1 Safari/605.1.15`, "Safari", "macOS"],
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) ${WEBKIT} CriOS/131.0 Mobile/15E148 Safari/604.1`,
      "Chrome",
      "iOS",
    ],
    [`Mozilla/5.0 (Linux; Android 14; Pixel 8) ${BLINK} Chrome/131.0 Mobile Safari/537.36`, "Chrome", "Android"],
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/140.0 Safari/537.36",
      "Chromium (headless)",
      "Linux",
    ],
  ])("%s", (ua, browser, system) => {
    expect(describeDevice(ua)).toEqual({ browser, system });
  });

  it("says nothing about what it does not recognise", () => {
    expect(describeDevice(null)).toEqual({ browser: null, system: null });
    expect(describeDevice("curl/8.5.0")).toEqual({ browser: null, system: null });
  });
});
