import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/ops/readiness-checks";

export const dynamic = "force-dynamic";

/** Readiness for the load balancer: 200 when this instance can serve, 503 with the failed check otherwise. */
export async function GET() {
  const { ready, body } = await checkReadiness();
  return NextResponse.json(body, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
