import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness: the process runs and answers. It touches nothing else, so a database outage does not restart it. */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
