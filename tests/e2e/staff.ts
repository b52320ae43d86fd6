import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";
import { openPostgres } from "@/db/client";
import { staffUsers } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { currentTotp, newTotpSecret } from "@/lib/security/totp";
import { sealTotpSecret, totpKeyring } from "@/lib/staff/totp-secret";
import { hostUrl } from "./fixtures";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * Back-office people for the console specs. `createStaffWithCli` goes the documented way (the CLI
 * prints a one-time password; the browser sets the password and enrols TOTP); `createEnrolledStaff`
 * writes an enrolled person straight into the e2e database, for specs about what comes after.
 * Each test makes its own person: a TOTP code is accepted once, so two sign-ins of one person
 * within 30 seconds would need to wait for the next code.
 */
const run = promisify(execFile);

export const consoleUrl = (pathname = "/konsola") => hostUrl("admin.localhost", pathname);
export const STAFF_PASSWORD = "Konsola-Zielona-2026";

export type StaffRole = "admin" | "staff";
export type TestStaff = { email: string; password: string; secret: string; role: StaffRole; tenants: string[] };

const uniqueEmail = (role: StaffRole) => `${role}.${randomBytes(5).toString("hex")}@obsluga.mojbok.test`;

export async function createStaffWithCli(role: StaffRole, tenants: string[]): Promise<{ email: string; oneTimePassword: string; stderr: string }> {
  const email = uniqueEmail(role);
  const { stdout, stderr } = await run("npx", ["tsx", "scripts/staff-create.ts", "--email", email, "--role", role, "--tenants", tenants.join(",")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { email, oneTimePassword: stdout.trim(), stderr };
}

/** The server's STAFF_TOTP_KEY (scripts/e2e-server.ts writes it): the secret is stored sealed, as the app does (S30). */
const serverTotpKeyring = () => totpKeyring(readFileSync(path.join("test-results", "e2e-staff-totp-key.txt"), "utf8"));

export async function createEnrolledStaff(role: StaffRole, tenants: string[]): Promise<TestStaff> {
  const email = uniqueEmail(role);
  const secret = await newTotpSecret();
  const id = randomUUID();
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    await handle.db.insert(staffUsers).values({
      id,
      email,
      role,
      tenants,
      passwordHash: await hashSecret(STAFF_PASSWORD),
      mustChangePassword: false,
      totpSecret: sealTotpSecret(id, secret, serverTotpKeyring()),
      totpEnrolledAt: new Date(),
    });
  } finally {
    await handle.close();
  }
  return { email, password: STAFF_PASSWORD, secret, role, tenants };
}

export async function fillStaffPassword(page: Page, email: string, password: string) {
  await page.goto(consoleUrl("/konsola/logowanie"));
  await page.getByLabel("E-mail").fill(email);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: "Dalej" }).click();
}

/** Password, then the current TOTP code: lands on the console's Pulpit. */
export async function signInStaff(page: Page, staff: Pick<TestStaff, "email" | "password" | "secret">) {
  await fillStaffPassword(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/konsola\/logowanie\/kod$/);
  await page.getByLabel("Kod z aplikacji").fill(await currentTotp(staff.secret));
  await page.getByRole("button", { name: "Zaloguj" }).click();
  await expect(page).toHaveURL(consoleUrl("/konsola"));
}

/** A new enrolled person, signed in. */
export async function staffSession(page: Page, role: StaffRole, tenants: string[]): Promise<TestStaff> {
  const staff = await createEnrolledStaff(role, tenants);
  await signInStaff(page, staff);
  return staff;
}
