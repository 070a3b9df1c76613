import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: refuses to start without the settings production needs, then gets
 * the database ready (db/prepare.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/ops/start");
  await startServer();
  // Job worker (queue, schedules, mail): lib/jobs/start.ts.
  (await import("./lib/jobs/start")).startJobsInWebProcess();
}

/** Errors Next catches while rendering or in route handlers, logged with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const { REQUEST_ID_HEADER } = await import("./lib/log/request-id");
  const header = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      err: error,
      requestId: Array.isArray(header) ? header[0] : header,
      method: request.method,
      route: context.routePath,
      kind: context.routeType,
      digest: (error as { digest?: string }).digest,
    },
    "verzoek mislukt",
  );
};
