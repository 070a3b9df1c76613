/** The job worker's log lines: one JSON object per line, so that they read alongside the server's own. */
export type JobLog = (level: "info" | "warn" | "error", msg: string, extra?: Record<string, unknown>) => void;

export const consoleJobLog: JobLog = (level, msg, extra = {}) => {
  const line = JSON.stringify({ level, time: new Date().toISOString(), component: "jobs", msg, ...extra });
  if (level === "info") console.log(line);
  else console.error(line);
};

/** An error as a log field: its message only, never a stack with data in it. */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
