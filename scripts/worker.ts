// `npm run worker`: the job worker (queue, scheduled jobs, mail) as its own process, next to web
// servers started with JOBS_IN_WEB=0 (or alongside theirs: every job still runs once).
import { getDb } from "@/db/client";
import { consoleJobLog, errorText } from "@/lib/jobs/log";
import { startJobWorkerFromEnv } from "@/lib/jobs/start";

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error(
      "npm run worker heeft DATABASE_URL nodig. " +
        "Met de ingebouwde database draait de worker in het portaal zelf (npm start).",
    );
    process.exit(1);
  }
  const worker = await startJobWorkerFromEnv("worker");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    consoleJobLog("info", "job worker stopping");
    await worker.stop().catch((error: unknown) => consoleJobLog("warn", "stop failed", { error: errorText(error) }));
    await (await getDb()).$close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

void main();
