"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { checkRequest } from "@/lib/request/check";
import { audit } from "@/lib/audit";
import { checkStaffSession, revokeStaffSession } from "@/lib/staff/session-store";
import { clearStaffCookie, readStaffToken, requireConsoleHost } from "@/lib/staff/session";

/** "Wyloguj": the session row ends on the server, then the cookie goes. */
export async function staffSignOutAction(): Promise<void> {
  await requireConsoleHost();
  const checked = await checkRequest({ session: "none" });
  if (!checked.ok) redirect("/konsola");
  const db = await getDb();
  const check = await checkStaffSession(db, await readStaffToken());
  if (check.ok) {
    await revokeStaffSession(db, check.sessionId);
    const request = checked.meta;
    await audit(db, { tenantId: null, actorKind: "staff", actorId: check.user.id, action: "staff.signed_out", targetKind: "staff", targetId: check.user.id, ip: request.ip, userAgent: request.userAgent, details: undefined });
  }
  await clearStaffCookie();
  redirect("/konsola/logowanie?koniec=wylogowano");
}
