import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { OUT_OF_SCOPE, verifyImportKey } from "@/lib/import-keys";
import { limitedBody, PayloadTooLargeError } from "@/lib/import/http-body";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { clientIp, findTenant } from "@/lib/tenant/server";

/** POST /api/import (docs/import-format.md §1): the seller's CRM pushes JSON Lines with its tenant's import key. */

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>, headers?: Record<string, string>) => NextResponse.json(body, { status, headers });

export async function POST(request: Request) {
  // Unknown hosts are a 404 like every other tenant route; JSON because the caller is a program.
  const tenant = await findTenant();
  if (!tenant) return json(404, { error: "Nie znaleziono." });

  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const db = await getDb();
  const key = await verifyImportKey(db, tenant.id, bearer, "import");
  if (!key) return json(401, { error: "Brak lub nieprawidłowy klucz importu (nagłówek Authorization: Bearer <klucz>)." }, { "WWW-Authenticate": "Bearer" });
  // S31: an export-only key reads the portal's events; it cannot change the seller's data.
  if (!key.allowed) return json(403, { error: OUT_OF_SCOPE.import });

  const limit = env().IMPORT_MAX_BYTES;
  const tooLarge = () => json(413, { error: `Plik jest większy niż dopuszczalne ${limit} bajtów.` });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!request.body) return json(400, { error: "Brak treści żądania (JSON Lines)." });

  try {
    const result = await importJsonLines(db, tenant, limitedBody(request.body, limit), {
      source: key.dev ? "http:dev-key" : "http",
      actor: { id: key.id, ip: await clientIp() },
    });
    if (result.status === "applied") return json(200, { status: "applied", lines: result.lines, counts: result.counts });
    return json(422, { status: "rejected", errors: result.errors, errorCount: result.errorCount });
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return tooLarge();
    throw error;
  }
}
