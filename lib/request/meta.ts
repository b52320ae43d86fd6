import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/tenant/server";

/**
 * Who sent this request, as far as the audit log and the rate limits care: the client's address
 * (as our own proxies saw it) and its User-Agent. The one type for it, customer and staff alike.
 */
export type RequestMeta = { ip: string | null; userAgent: string | null };

export async function requestMeta(): Promise<RequestMeta> {
  return { ip: await clientIp(), userAgent: (await headers()).get("user-agent") };
}
