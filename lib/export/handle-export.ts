import type { DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { OUT_OF_SCOPE, verifyImportKey } from "@/lib/import-keys";
import { exportPage, INVALID_SINCE, parseSince, toNdjson } from "./export-events";

/**
 * The whole of GET /api/export once the tenant is known from the host: the import key (same keys as
 * the import; wrong or missing → 401; an import-only key → 403, S31), the cursor (invalid → 400), one
 * page of NDJSON. Plain Request in, Response out, so it is tested without Next.
 */
export const KEY_REQUIRED = "Brak lub nieprawidłowy klucz importu (nagłówek Authorization: Bearer <klucz>).";

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });

export async function handleExport(db: DbOrTx, tenant: Tenant, request: Request): Promise<Response> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const key = await verifyImportKey(db, tenant.id, bearer, "export");
  if (!key) return json(401, { error: KEY_REQUIRED }, { "WWW-Authenticate": "Bearer" });
  if (!key.allowed) return json(403, { error: OUT_OF_SCOPE.export });

  const since = parseSince(new URL(request.url).searchParams.get("since"));
  if (since === null) return json(400, { error: INVALID_SINCE });

  const page = await exportPage(db, tenant.id, since);
  return new Response(toNdjson(page.lines), {
    status: 200,
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "X-Next-Cursor": String(page.nextCursor), "Cache-Control": "no-store" },
  });
}
