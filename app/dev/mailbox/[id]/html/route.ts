import { getDb } from "@/db/client";
import { devToolsEnabled } from "@/lib/env";
import { mailboxHtml } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * One message's HTML as the recipient would see it. `sandbox` gives the document an opaque origin
 * with scripts, forms and plugins off, so mail content can't act on this app; inline styles and
 * images are what an e-mail needs, nothing else is allowed.
 */
const csp = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; font-src https:";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!devToolsEnabled()) return new Response("Not Found", { status: 404 });
  const html = await mailboxHtml(await getDb(), (await params).id);
  if (html === null) return new Response("Not Found", { status: 404 });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
