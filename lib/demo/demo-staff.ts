import { eq } from "drizzle-orm";
import { staffUsers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { allTenants } from "@/lib/tenant/registry";
import { createStaffUser, resetStaffUser } from "@/lib/staff/auth";

/**
 * `npm run dev` only: a demo administrator of every tenant for the console. Until its first sign-in
 * is completed, every start prints a fresh one-time password (the old one ends); after that it
 * keeps the password and authenticator its owner set.
 */
export const DEMO_ADMIN_EMAIL = "admin@mojbok.localhost";

export async function ensureDemoAdmin(db: DbOrTx): Promise<{ email: string; oneTimePassword: string | null }> {
  const [existing] = await db.select().from(staffUsers).where(eq(staffUsers.email, DEMO_ADMIN_EMAIL)).limit(1);
  if (!existing) {
    const { oneTimePassword } = await createStaffUser(db, { email: DEMO_ADMIN_EMAIL, role: "admin", tenants: allTenants().map((t) => t.id) });
    return { email: DEMO_ADMIN_EMAIL, oneTimePassword };
  }
  if (existing.mustChangePassword || !existing.totpEnrolledAt) return { email: DEMO_ADMIN_EMAIL, ...(await resetStaffUser(db, existing.id)) };
  return { email: DEMO_ADMIN_EMAIL, oneTimePassword: null };
}
