import { TOTP } from "otpauth";

const PERIOD_MS = 30_000;
/** The last step used per secret in this test run: the portal accepts each step once. */
const lastStep = new Map<string, number>();

const stepNow = () => Math.floor(Date.now() / PERIOD_MS);

/**
 * A code the portal has not yet seen for this secret: the current step, or the next one (accepted for
 * clock drift) when the current one was used; waits for a new step when both were.
 */
export async function freshTotpCode(secret: string): Promise<string> {
  let step = Math.max(stepNow(), (lastStep.get(secret) ?? -1) + 1);
  while (step > stepNow() + 1) {
    await new Promise((resolve) => setTimeout(resolve, (stepNow() + 1) * PERIOD_MS - Date.now() + 50));
    step = Math.max(stepNow(), (lastStep.get(secret) ?? -1) + 1);
  }
  lastStep.set(secret, step);
  return new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: step * PERIOD_MS });
}
