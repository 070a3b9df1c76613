import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { CHALLENGE_COOKIE, CHALLENGE_MINUTES, readChallenge } from "@/lib/auth/sign-in-challenge";

/**
 * After the identity provider, when it did not vouch for a second factor: moves the sign-in's token
 * from the address into an HTTP-only cookie and goes on to the code or to enrolment.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get("aanmelding")?.slice(0, 200) ?? "";
  const challenge = token ? await readChallenge(await getDb(), token) : null;
  const target = new URL(
    challenge?.step === "verify"
      ? "/inloggen/code"
      : challenge?.step === "enrol"
        ? "/inloggen/tweede-factor"
        : "/inloggen",
    request.nextUrl,
  );
  const response = NextResponse.redirect(target, 303);
  if (challenge) {
    response.cookies.set(CHALLENGE_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
      maxAge: CHALLENGE_MINUTES * 60,
    });
  }
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
