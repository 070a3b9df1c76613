/** Runs once when the server starts: migrate, then seed the demo on an empty database. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
  // Job worker (queue, schedules, mail): lib/jobs/start.ts.
  (await import("./lib/jobs/start")).startJobsInWebProcess();
}
