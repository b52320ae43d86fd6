import { z } from "zod";
import { clockOffsetSeconds, now, setClockOffsetSeconds } from "@/lib/clock";
import { devToolsEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** /dev/clock moves lib/clock forward so tests can reach every expiry (SPEC §7); 404 in production. */
const body = z.object({ offsetSeconds: z.number().int().min(0) }).strict();

const notFound = () => new Response("Not Found", { status: 404 });
const state = () => Response.json({ offsetSeconds: clockOffsetSeconds(), now: now().toISOString() }, { headers: { "Cache-Control": "no-store" } });

export async function GET(): Promise<Response> {
  return devToolsEnabled() ? state() : notFound();
}

export async function POST(request: Request): Promise<Response> {
  if (!devToolsEnabled()) return notFound();
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return Response.json({ error: "Expected JSON { \"offsetSeconds\": <integer ≥ 0> }", issues: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  }
  setClockOffsetSeconds(parsed.data.offsetSeconds);
  return state();
}

export async function DELETE(): Promise<Response> {
  if (!devToolsEnabled()) return notFound();
  setClockOffsetSeconds(0);
  return state();
}
