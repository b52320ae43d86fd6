import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handleExport } from "@/lib/export/handle-export";
import { findTenant } from "@/lib/tenant/server";

/** GET /api/export?since=<cursor> (issue 4 item 11): the tenant comes from the host; the rest is lib/export. */

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  // Unknown hosts are a 404 like every other tenant route; JSON because the caller is a program.
  const tenant = await findTenant();
  if (!tenant) return NextResponse.json({ error: "Nie znaleziono." }, { status: 404 });
  return handleExport(await getDb(), tenant, request);
}
