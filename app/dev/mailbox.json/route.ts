import { getDb } from "@/db/client";
import { devToolsEnabled } from "@/lib/env";
import { listMailbox } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /dev/mailbox.json?to=<address> — for tests and tools; 404 in production (docs/email.md §6). */
export async function GET(request: Request): Promise<Response> {
  if (!devToolsEnabled()) return new Response("Not Found", { status: 404 });
  const to = new URL(request.url).searchParams.get("to");
  const messages = await listMailbox(await getDb(), { to, limit: 500 });
  return Response.json(
    messages.map(({ id, tenant, to, subject, text, html, createdAt }) => ({ id, tenant, to, subject, text, html, createdAt })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
