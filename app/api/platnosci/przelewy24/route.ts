import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { clientIp, findTenant } from "@/lib/tenant/server";
import { paymentGateway } from "@/lib/payments/config";
import { handleNotification } from "@/lib/payments/notification";

/**
 * Przelewy24's status notification (urlStatus), server to server: the tenant comes from the host,
 * the checks (S22) are in lib/payments/notification.ts. Not a form: no session, no same-origin check
 * — the signature is what authenticates it.
 */
const MAX_BYTES = 16 * 1024;

export async function POST(request: Request) {
  const tenant = await findTenant();
  const gateway = tenant ? paymentGateway(tenant) : null;
  if (!tenant || !gateway || gateway.name !== "przelewy24") return new Response("Not Found", { status: 404 });
  const text = await request.text();
  let body: unknown = null;
  if (text.length <= MAX_BYTES) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const answer = await handleNotification(await getDb(), gateway, tenant, body, { ip: await clientIp(), userAgent: (await headers()).get("user-agent") });
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
