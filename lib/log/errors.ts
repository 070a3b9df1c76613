/**
 * What of an error goes into the log. Drizzle puts the query's parameters in its message ("params: …"),
 * and those are user input (names, e-mail addresses), so the message is cut there, on the error and
 * on every cause.
 */
export type LoggedError = { type: string; message: string; code?: string; stack?: string; cause?: LoggedError };

const PARAMS = /\nparams:[\s\S]*$/;

export function scrubMessage(message: string): string {
  return message.replace(PARAMS, "").slice(0, 2000);
}

export function errorFields(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) return { type: typeof value, message: scrubMessage(String(value)) };
  const error = value as Error & { code?: unknown };
  const stackFrames = error.stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  const fields: LoggedError = {
    type: error.name,
    message: scrubMessage(error.message),
    ...(typeof error.code === "string" ? { code: error.code } : {}),
    ...(stackFrames ? { stack: stackFrames } : {}),
  };
  if (error.cause !== undefined && depth < 3) fields.cause = errorFields(error.cause, depth + 1);
  return fields;
}
