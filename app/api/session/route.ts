import { NextResponse } from "next/server";
import { findSignedIn } from "@/lib/auth/customer";
import { checkRequest } from "@/lib/request/check";

/**
 * "Pozostań zalogowany": checking the session touches its last_seen_at (lib/auth/sessions.ts), which
 * is all staying signed in takes. An empty POST from our own pages only (the one request check,
 * S16); a pending step (password change, regulation) or a delegate-only account with no customer
 * to act for (docs/accounts.md §17) still counts as signed in. Nothing is cached.
 */
export async function POST() {
  const checked = await checkRequest({ session: "none", body: "empty" });
  if (!checked.ok) return new NextResponse(null, { status: checked.status });
  const found = await findSignedIn();
  return new NextResponse(null, { status: found ? 204 : 401, headers: { "Cache-Control": "no-store" } });
}
