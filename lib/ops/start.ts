import { log } from "@/lib/log";
import { routeConsoleToLog } from "@/lib/log/console";
import { startupProblems } from "./startup";

/**
 * What the server does once at start (instrumentation.ts): refuse to start without the settings
 * production needs, naming each, then get the database ready (db/prepare.ts).
 */
export async function startServer(): Promise<void> {
  if (process.env.NODE_ENV === "production") routeConsoleToLog(log);
  const problems = startupProblems(process.env);
  if (problems.length) {
    log.fatal({ problems }, `het portaal start niet: ${problems.join(" ")}`);
    process.exit(1);
  }
  const { prepareDatabase } = await import("@/db/prepare");
  await prepareDatabase();
}
