"use server";

import { redirect } from "next/navigation";
import { checkRequest } from "@/lib/request/check";
import { audit } from "@/lib/audit";
import { checkStaffSession, revokeStaffSession } from "@/lib/staff/session-store";
import { clearStaffCookie, consoleRequest, readStaffToken } from "@/lib/staff/session";

/** "Wyloguj": the session row ends on the server, then the cookie goes. */
export async function staffSignOutAction(): Promise<void> {
  const { db, request } = await consoleRequest();
  const checked = await checkRequest({ session: "none" });
  if (!checked.ok) redirect("/konsola");
  const check = await checkStaffSession(db, await readStaffToken());
  if (check.ok) {
    await revokeStaffSession(db, check.sessionId);
    await audit(db, {
      tenantId: null,
      actorKind: "staff",
      actorId: check.user.id,
      action: "staff.signed_out",
      targetKind: "staff",
      targetId: check.user.id,
      ip: request.ip,
      userAgent: request.userAgent,
      details: undefined,
    });
  }
  await clearStaffCookie();
  redirect("/konsola/logowanie?koniec=wylogowano");
}
