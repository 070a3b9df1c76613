import type { Logger } from "pino";
import { scrubMessage } from "./errors";

/**
 * Sends what libraries and Next itself write with console.error and console.warn through the structured
 * log, so operators get JSON lines only, and Next's dump of a failed query loses its parameters (user
 * input) like every other logged error.
 */
export function routeConsoleToLog(log: Logger): void {
  const bridge =
    (level: "error" | "warn") =>
    (...args: unknown[]) => {
      const error = args.find((a): a is Error => a instanceof Error);
      const text = args
        .filter((a) => a !== error)
        .map((a) => (typeof a === "string" ? a : a instanceof Error ? a.message : safeJson(a)))
        .join(" ")
        .trim();
      const message = scrubMessage(text || error?.message || "");
      log[level]({ source: "console", ...(error ? { err: error } : {}) }, message);
    };
  console.error = bridge("error");
  console.warn = bridge("warn");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
