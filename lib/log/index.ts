import pino, { type DestinationStream, type Logger } from "pino";
import { errorFields } from "./errors";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** LOG_LEVEL, or `info` when it is unset or not one of pino's levels. */
export function logLevel(value: string | undefined): (typeof LEVELS)[number] {
  const wanted = value?.trim().toLowerCase();
  return LEVELS.find((level) => level === wanted) ?? "info";
}

/*
 * Fields that may carry personal data or secrets never reach the log, wherever they sit in a logged
 * object: log the user's id, not their e-mail address or name.
 */
const REDACTED = [
  "password",
  "email",
  "name",
  "token",
  "secret",
  "authorization",
  "cookie",
  "headers",
  "body",
  "content",
  "text",
  "ip",
];

/**
 * The portal's structured log: one JSON object per line on stdout, level from LOG_LEVEL. Inside a
 * request, use `requestLog()` (lib/log/request.ts) so every line carries the request id and user id.
 */
export function createLog(level = process.env.LOG_LEVEL, destination?: DestinationStream): Logger {
  return pino(
    {
      level: logLevel(level),
      base: { service: "inkoopdialoog" },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: errorFields, error: errorFields },
      redact: { paths: [...REDACTED, ...REDACTED.map((key) => `*.${key}`)], censor: "[verwijderd]" },
    },
    destination,
  );
}

export const log: Logger = createLog();

if (process.env.LOG_LEVEL && logLevel(process.env.LOG_LEVEL) !== process.env.LOG_LEVEL.trim().toLowerCase()) {
  log.warn({ allowed: LEVELS }, "LOG_LEVEL is geen bekend niveau; info wordt gebruikt");
}
