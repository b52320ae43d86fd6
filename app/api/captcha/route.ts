import { NextResponse } from "next/server";
import { getTenant } from "@/lib/tenant/server";
import { createCaptchaChallenge } from "@/lib/security/captcha";

/** A fresh ALTCHA challenge for "Nie jestem robotem" on a tenant's host (any other host: 404). */
export async function GET() {
  await getTenant();
  const challenge = await createCaptchaChallenge();
  return NextResponse.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
