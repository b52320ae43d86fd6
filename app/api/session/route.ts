import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/actions/action";
import { lookupCustomer } from "@/lib/auth/customer";

/**
 * "Pozostań zalogowany": checking the session touches its last_seen_at (lib/auth/sessions.ts), which
 * is all staying signed in takes. POST from our own pages only (S16); nothing is cached.
 */
export async function POST() {
  if (!(await isSameOrigin())) return new NextResponse(null, { status: 403 });
  const found = await lookupCustomer();
  return new NextResponse(null, { status: found.ok ? 204 : 401, headers: { "Cache-Control": "no-store" } });
}
