import { expect, type BrowserContext, type Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { accounts, auditLog, regulationAcceptances } from "@/db/schema";
import { oneTimePasswordIn, waitForMail } from "./mailbox";
import { tenantUrl } from "./fixtures";
import { tenantConfigs, type TestAccount } from "./recovery-accounts";
import type { TenantId } from "./factories";
import { withDb } from "./database-url";

/** Helpers of the sign-in and session specs. Accounts come from ./recovery-accounts (createAccount). */

/** The session cookie's name on the production build (S15). */
export const SESSION_COOKIE = "__Host-mojbok.session";

export async function sessionCookie(context: BrowserContext, tenant: TenantId) {
  const cookies = await context.cookies(tenantUrl(tenant, "/"));
  return cookies.find((c) => c.name === SESSION_COOKIE);
}

/** Opens "/" and sends the sign-in form (the page stays when the sign-in fails). */
export async function submitSignIn(
  page: Page,
  tenant: TenantId,
  login: string,
  password: string,
  options: { remember?: boolean; waitForAnswer?: boolean } = {},
) {
  // A fresh page each time: React resets a form when its action completes, which could wipe fields
  // typed for the next attempt on the same page.
  await page.goto(tenantUrl(tenant, "/"));
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Login").fill(login);
  await form.locator("#password").fill(password);
  if (options.remember !== undefined) await form.getByLabel("Zapamiętaj mnie").setChecked(options.remember);
  const button = form.getByRole("button", { name: tenantConfigs[tenant].texts.signInButton });
  if (options.waitForAnswer === false) return button.click();
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(tenantUrl(tenant, "/"))), button.click()]);
}

/** A one-time password for the account through "Nie pamiętasz hasła?" (Polenergia tenants), read from the mailbox. */
export async function requestOneTimePassword(page: Page, account: TestAccount): Promise<string> {
  const since = new Date(Date.now() - 1000).toISOString();
  await page.goto(tenantUrl(account.tenant, "/odzyskiwanie-hasla"));
  await page.locator("#login").fill(account.login);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("recovery-done")).toBeVisible();
  return oneTimePasswordIn(await waitForMail(page.request, account.email, /Hasło jednorazowe/, since));
}

/** Fills "Wymagana zmiana hasła". */
export async function submitForcedChange(page: Page, otp: string, password: string, repeat = password) {
  await expect(page.getByRole("heading", { level: 1, name: "Wymagana zmiana hasła" })).toBeVisible();
  await page.getByLabel("Hasło jednorazowe").fill(otp);
  await page.locator("#newPassword").fill(password);
  await page.getByLabel("Powtórz nowe hasło").fill(repeat);
  await page.getByRole("button", { name: "Zmień hasło" }).click();
}

async function accountId(db: ReturnType<typeof openPostgres>["db"], account: TestAccount): Promise<string> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.tenantId, account.tenant), eq(accounts.login, account.login)));
  if (!row) throw new Error(`no account ${account.login}`);
  return row.id;
}

/** Makes the account face the regulation gate again, as after a newer version (touches no other account). */
export function forgetRegulationAcceptance(account: TestAccount): Promise<void> {
  return withDb(async (db) => {
    await db.delete(regulationAcceptances).where(eq(regulationAcceptances.accountId, await accountId(db, account)));
  });
}

/** The audit actions recorded about the account. */
export function auditActions(account: TestAccount): Promise<string[]> {
  return withDb(async (db) => {
    const id = await accountId(db, account);
    const rows = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, account.tenant), eq(auditLog.targetId, id)));
    return rows.map((r) => r.action);
  });
}
