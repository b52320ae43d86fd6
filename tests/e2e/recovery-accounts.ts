import { randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { openPostgres } from "@/db/client";
import { accounts, regulationAcceptances } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { currentRegulation } from "@/lib/regulations/in-force";
import { tenantSchema, type Tenant } from "@/lib/tenant/schema";
import polo from "@/tenants/polo";
import polsp from "@/tenants/polsp";
import mpec from "@/tenants/mpec";
import { createCustomer, type TenantId, type TestCustomer } from "./factories";
import { tenantUrl } from "./fixtures";
import type { Mail } from "./mailbox";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * Signed-up customers for the recovery and password-change specs. The customer comes through the
 * import API like every e2e customer; the account is written straight into the e2e server's
 * database (active, with a known password and the current regulation accepted), so these specs
 * test recovery and the password change, not the registration pages — those have their own specs.
 */
export const tenantConfigs: Record<TenantId, Tenant> = {
  polo: tenantSchema.parse(polo),
  polsp: tenantSchema.parse(polsp),
  mpec: tenantSchema.parse(mpec),
};

export type TestAccount = TestCustomer & { tenant: TenantId; login: string; password: string };

export async function createAccount(tenant: TenantId, options: { email?: string; password?: string } = {}): Promise<TestAccount> {
  const customer = await createCustomer(tenant, { email: options.email });
  const config = tenantConfigs[tenant];
  const login = config.identifier === "customer-number" ? customer.customerNumber : `e2e.${customer.id.slice(4).toLowerCase()}`;
  const password = options.password ?? `Start-Haslo-${randomInt(1000, 9999)}`;
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    const [account] = await handle.db
      .insert(accounts)
      .values({
        tenantId: tenant,
        customerId: customer.id,
        login,
        email: customer.email,
        status: "active",
        passwordHash: await hashSecret(password),
        activatedAt: new Date(),
      })
      .returning();
    const regulation = await currentRegulation(handle.db, config);
    await handle.db.insert(regulationAcceptances).values({ tenantId: tenant, accountId: account!.id, regulationVersionId: regulation.id });
  } finally {
    await handle.close();
  }
  return { ...customer, tenant, login, password };
}

/** Signs in through the real sign-in form on "/" and waits to leave it. */
export async function signIn(page: Page, account: Pick<TestAccount, "tenant" | "login" | "password">): Promise<void> {
  await page.goto(tenantUrl(account.tenant, "/"));
  const form = page.getByTestId("sign-in-form");
  await form.locator("#login").fill(account.login);
  await form.locator("#password").fill(account.password);
  await form.getByRole("button", { name: tenantConfigs[account.tenant].texts.signInButton }).click();
  await expect(page).not.toHaveURL(/\/$/);
}

/** A new account of `tenant`, signed in, on `path`. */
export async function signedInAt(page: Page, tenant: TenantId, path: string): Promise<TestAccount> {
  const account = await createAccount(tenant);
  await signIn(page, account);
  await page.goto(tenantUrl(tenant, path));
  return account;
}

/**
 * The reset link of a "password-reset" e-mail, as a URL of the e2e server: the e-mail names the
 * tenant's public origin (https, no port, in a production build), the test browses port 3100.
 */
export function resetLinkIn(mail: Mail): string {
  const link = mail.text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /^https?:\/\/mpec\.localhost(:\d+)?\/haslo\/ustaw\/[A-Za-z0-9_-]{43}$/.test(l));
  if (!link) throw new Error(`no reset link in:\n${mail.text}`);
  return tenantUrl("mpec", new URL(link).pathname);
}
