import type { Db } from "@/db/client";
import type { RequestMeta } from "@/lib/request/meta";
import type { StaffMember, StaffScope } from "@/lib/staff/scope";

/**
 * A StaffScope from plain data, as requireStaff() would make it for a signed-in person: the console's
 * domain functions take it first. Role "staff" unless given; e-mail and session id are placeholders
 * unless a test needs real ones.
 */
export function staffScope(
  db: Db,
  staff: Pick<StaffMember, "id" | "tenants"> & Partial<StaffMember>,
  request: RequestMeta = { ip: "198.51.100.7", userAgent: "vitest" },
): StaffScope {
  return { db, staff: { role: "staff", email: `${staff.id}@obsluga.mojbok.test`, sessionId: "test-session", ...staff }, request };
}
