import "server-only";
import { getDb } from "@/db/client";
import { deliverPending } from "./deliver";
import { smtpFromEnv } from "./smtp";

const INTERVAL_MS = 10_000;

/** Starts the outbox worker in the server process when SMTP is configured. */
export function startMailWorker(): void {
  const smtp = smtpFromEnv();
  if (!smtp) {
    console.log("Geen SMTP ingesteld: e-mails blijven in de uitgaande post (beheer > uitgaande post).");
    return;
  }
  let running = false;
  setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverPending(await getDb(), smtp.transport, smtp.from);
    } catch (error) {
      console.error("Bezorgen van e-mail mislukt", error);
    } finally {
      running = false;
    }
  }, INTERVAL_MS).unref();
}
