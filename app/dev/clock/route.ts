import { z } from "zod";
import { clockOffsetSeconds, now, setClockOffsetSeconds } from "@/lib/clock";
import { devToolsEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** /dev/clock moves lib/clock forward so tests can reach every expiry (docs/operations.md §5); 404 in production. */
const body = z.object({ offsetSeconds: z.number().int().min(0) }).strict();

const notFound = () => new Response("Not Found", { status: 404 });
const state = () => Response.json({ offsetSeconds: clockOffsetSeconds(), now: now().toISOString() }, { headers: { "Cache-Control": "no-store" } });

/**
 * Only from this machine's tools, not from a web page in the developer's browser: a cross-site page
 * could otherwise move the clock with a "simple" POST. JSON content type (a cross-site fetch would
 * need a preflight we never grant) and, when the browser names an Origin, our own host.
 */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    try {
      if (new URL(origin).host.toLowerCase() !== host?.split(",")[0]?.trim().toLowerCase()) return true;
    } catch {
      return true;
    }
  }
  return request.method === "POST" && !/^application\/json\b/i.test(request.headers.get("content-type") ?? "");
}

const refused = () => Response.json({ error: "Cross-site requests are refused; send JSON from a tool (curl, Playwright)." }, { status: 403 });

export async function GET(): Promise<Response> {
  return devToolsEnabled() ? state() : notFound();
}

export async function POST(request: Request): Promise<Response> {
  if (!devToolsEnabled()) return notFound();
  if (crossSite(request)) return refused();
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return Response.json({ error: 'Expected JSON { "offsetSeconds": <integer ≥ 0> }', issues: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  }
  setClockOffsetSeconds(parsed.data.offsetSeconds);
  return state();
}

export async function DELETE(request: Request): Promise<Response> {
  if (!devToolsEnabled()) return notFound();
  if (crossSite(request)) return refused();
  setClockOffsetSeconds(0);
  return state();
}
