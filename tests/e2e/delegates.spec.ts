import { and, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { accounts, customers, delegations, type DelegateRole } from "@/db/schema";
import { offersModule } from "@/lib/portal/modules";
import { roleCan, roleTable } from "@/tests/helpers/customer-roles";
import { expect, expectNoAxeViolations, expectNothingOverflows, shootAtEveryWidth, tenantUrl, test } from "./fixtures";
import { createAccount, signIn, tenantConfigs, type TestAccount } from "./recovery-accounts";
import { linkIn, waitForMail } from "./mailbox";
import { withDb } from "./database-url";
import { portalScreens } from "./portal-screens";
import type { TenantId } from "./factories";

/**
 * Delegated access (docs/accounts.md §17, issue 15): the holder invites, the delegate accepts with
 * their own account and switches from the header; each role opens exactly its screens (the walk of
 * every portal screen, read from the file system, against tests/helpers/customer-roles.ts); revoking
 * ends the delegate's access in their open session.
 */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

async function named(account: TestAccount, name: string): Promise<void> {
  await withDb((db) =>
    db
      .update(customers)
      .set({ name })
      .where(and(eq(customers.tenantId, account.tenant), eq(customers.id, account.id))),
  );
}

/** An accepted delegation written straight into the database (the invitation has a test of its own). */
async function delegate(holder: TestAccount, person: TestAccount, role: DelegateRole): Promise<void> {
  await withDb(async (db) => {
    const [account] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.tenantId, person.tenant), eq(accounts.login, person.login)));
    await db.insert(delegations).values({
      tenantId: holder.tenant,
      customerId: holder.id,
      role,
      email: person.email,
      expiresAt: new Date(Date.now() + 86_400_000),
      accountId: account!.id,
      acceptedAt: new Date(),
    });
  });
}

async function switchTo(page: Page, label: RegExp): Promise<void> {
  const switcher = page.getByTestId("acting-switcher");
  const option = switcher.locator("option", { hasText: label });
  await switcher.locator("select").selectOption((await option.getAttribute("value"))!);
  await switcher.getByRole("button", { name: "Przełącz" }).click();
}

for (const tenant of tenants) {
  test(`${tenant}: the holder invites, the delegate accepts with their own account and switches; Pełnomocnicy and the switcher`, async ({
    page,
    browser,
    request,
  }) => {
    test.slow();
    const holder = await createAccount(tenant);
    await named(holder, "Jan Kowalski");
    const person = await createAccount(tenant);
    await named(person, "Ewa Pełnomocna");

    await signIn(page, holder);
    await page.goto(tenantUrl(tenant, "/ustawienia/pelnomocnicy"));
    await expect(page.getByRole("heading", { level: 1, name: "Pełnomocnicy" })).toBeVisible();
    const form = page.getByTestId("delegate-invite-form");
    await form.locator("#email").fill(person.email);
    await form.locator("#role").selectOption("payments");
    await form.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect(page.getByText(`Zaproszenie wysłaliśmy na adres ${person.email}`)).toBeVisible();
    await expect(page.getByTestId("delegates-list")).toContainText("Podgląd i płatności · Zaproszony");

    const mail = await waitForMail(request, person.email, /Zaproszenie do działania jako pełnomocnik/);
    const link = tenantUrl(tenant, new URL(linkIn(mail, "/pelnomocnictwo/")).pathname);
    const context = await browser.newContext();
    const other = await context.newPage();
    // Not signed in: the page says who invites and sends to the sign-in, which comes back here.
    await other.goto(link);
    await expect(other.getByText("Jan Kowalski zaprasza Cię do działania w swoim imieniu")).toBeVisible();
    await other.getByRole("link", { name: "Zaloguj się" }).click();
    const signInForm = other.getByTestId("sign-in-form");
    await signInForm.locator("#login").fill(person.login);
    await signInForm.locator("#password").fill(person.password);
    await signInForm.getByRole("button", { name: tenantConfigs[tenant].texts.signInButton }).click();
    await expect(other).toHaveURL(/\/pelnomocnictwo\//);
    await other.getByRole("button", { name: "Przyjmij pełnomocnictwo" }).click();

    // Now acting for the holder: the header names them and offers the way back.
    await expect(other.getByTestId("customer-name")).toHaveText("Jan Kowalski");
    const switcher = other.getByTestId("acting-switcher");
    await expect(switcher).toContainText("Działasz w imieniu:");
    await expect(switcher.locator("select option")).toHaveText(["Ewa Pełnomocna (moje konto)", "Jan Kowalski (Podgląd i płatności)"]);
    await expectNoAxeViolations(other);
    await shootAtEveryWidth(other, `delegates-switcher-${tenant}`, expectNothingOverflows);
    await switchTo(other, /moje konto/);
    await expect(other.getByTestId("customer-name")).toHaveText("Ewa Pełnomocna");
    await switchTo(other, /Jan Kowalski/);
    await expect(other.getByTestId("customer-name")).toHaveText("Jan Kowalski");
    await context.close();

    // The holder sees the delegate active and what they did, both identities named.
    await page.reload();
    await expect(page.getByTestId("delegates-list")).toContainText("Ewa Pełnomocna");
    await expect(page.getByTestId("delegates-list")).toContainText("Aktywny");
    await expect(page.getByTestId("delegate-actions")).toContainText(`Przyjęcie pełnomocnictwa — ${person.email}`);
    await expect(page.getByTestId("delegate-actions")).toContainText(`Przełączenie na działanie w Twoim imieniu — ${person.email}`);
    await expectNoAxeViolations(page);
    await shootAtEveryWidth(page, `delegates-page-${tenant}`, expectNothingOverflows);
  });
}

const screens = portalScreens();

for (const tenant of ["polo", "mpec"] as TenantId[]) {
  for (const role of ["view", "payments", "full"] as DelegateRole[]) {
    test(`${tenant}: a delegate with role "${role}" opens exactly the screens of the role`, async ({ page, allowConsoleErrors }) => {
      test.slow();
      allowConsoleErrors(/status of 404/);
      const holder = await createAccount(tenant);
      await named(holder, "Jan Kowalski");
      const person = await createAccount(tenant);
      await delegate(holder, person, role);
      await signIn(page, person);
      await switchTo(page, /Jan Kowalski/);
      await expect(page.getByTestId("customer-name")).toHaveText("Jan Kowalski");
      // The landing page offers only what the role may do: paying from "payments" up, tickets with "full".
      await expect(page.getByTestId("pay-all")).toHaveCount(role === "view" ? 0 : 1);
      await expect(page.getByTestId("tickets-open")).toHaveCount(tenant === "polo" && role === "full" ? 1 : 0);

      const can = roleCan[`delegate-${role}`];
      const answers: string[] = [];
      const expected: string[] = [];
      for (const screen of screens) {
        // Dynamic screens get an id nobody has (a 404 anyway); a module the tenant lacks is a 404 for everyone.
        if (screen.dynamic || !offersModule(tenantConfigs[tenant], screen.rule)) continue;
        const group = roleTable[screen.file];
        if (!group) throw new Error(`${screen.file}: not in tests/helpers/customer-roles.ts`);
        const status = await page.evaluate(async (href) => (await fetch(href, { redirect: "manual" })).status, screen.url);
        answers.push(`${screen.pattern} ${status === 404 ? "404" : "answers"}`);
        expected.push(`${screen.pattern} ${can.includes(group) ? "answers" : "404"}`);
      }
      expect(answers).toEqual(expected);
      expect(expected.some((line) => line.endsWith("404"))).toBe(true);
      // The menu shows only what the role opens.
      for (const link of await page.getByTestId("portal-header").getByRole("link").all()) {
        const href = new URL((await link.getAttribute("href"))!, tenantUrl(tenant)).pathname;
        const screen = screens.find((s) => s.pattern === href);
        if (screen) expect([href, can.includes(roleTable[screen.file]!)]).toEqual([href, true]);
      }
    });
  }
}

test("revoking ends the delegate's access in their open session", async ({ page, browser }) => {
  const tenant: TenantId = "polo";
  const holder = await createAccount(tenant);
  await named(holder, "Jan Kowalski");
  const person = await createAccount(tenant);
  await named(person, "Ewa Pełnomocna");
  await delegate(holder, person, "full");

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, person);
  await switchTo(other, /Jan Kowalski/);
  await expect(other.getByTestId("customer-name")).toHaveText("Jan Kowalski");
  await other.goto(tenantUrl(tenant, "/zgloszenia"));
  await expect(other.getByTestId("customer-name")).toHaveText("Jan Kowalski");

  await signIn(page, holder);
  await page.goto(tenantUrl(tenant, "/ustawienia/pelnomocnicy"));
  await page.getByTestId("delegates-list").getByRole("button", { name: "Odwołaj" }).click();
  await expect(page.getByText("Pełnomocnictwo zostało odwołane.")).toBeVisible();

  // The same open session, its very next request: the holder's customer is gone.
  await other.goto(tenantUrl(tenant, "/pulpit"));
  await expect(other.getByTestId("customer-name")).toHaveText("Ewa Pełnomocna");
  await expect(other.getByTestId("acting-switcher")).toHaveCount(0);
  await context.close();
});

test("polsp: a brand-new person creates an account on the invitation page, acts for the holder, may change the phone with the full role, and sees the no-access page once revoked", async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const tenant: TenantId = "polsp";
  const holder = await createAccount(tenant);
  await named(holder, "Jan Kowalski");
  const email = `nowy.pelnomocnik.${Date.now()}@example.pl`;
  const password = "Pelnomocnik-Brzoza-71";

  await signIn(page, holder);
  await page.goto(tenantUrl(tenant, "/ustawienia/pelnomocnicy"));
  const form = page.getByTestId("delegate-invite-form");
  await form.locator("#email").fill(email);
  await form.locator("#role").selectOption("full");
  await form.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(page.getByText(`Zaproszenie wysłaliśmy na adres ${email}`)).toBeVisible();
  const mail = await waitForMail(request, email, /Zaproszenie do działania jako pełnomocnik/);
  const link = tenantUrl(tenant, new URL(linkIn(mail, "/pelnomocnictwo/")).pathname);

  const fillAndSend = async (where: Page, repeat: string) => {
    const create = where.getByTestId("delegate-account-form");
    await expect(create).toContainText(`Zaproszenie przyszło na adres ${email} — to będzie Twój login.`);
    await create.getByLabel("Nowe hasło").fill(password);
    await create.getByLabel("Powtórz hasło").fill(repeat);
    await create.getByRole("button", { name: "Załóż konto i przyjmij pełnomocnictwo" }).click();
  };
  // The form with its answer to a mistyped repetition: nothing is created yet.
  const first = await browser.newContext();
  const look = await first.newPage();
  await look.goto(link);
  await fillAndSend(look, "Inne-Haslo-2026");
  await expect(look.getByText("Hasła nie są identyczne.")).toBeVisible();
  await expectNoAxeViolations(look);
  await shootAtEveryWidth(look, `delegates-new-account-${tenant}`, expectNothingOverflows);
  await first.close();

  // Without JavaScript: creating the account and accepting is one plain form post.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(link);
  await fillAndSend(plain, password);
  await expect(plain).toHaveURL(/\/regulamin\/akceptacja/);
  const context = await browser.newContext({ storageState: await noScript.storageState() });
  await noScript.close();
  const other = await context.newPage();

  // Signed in at once: the new account accepts the regulation like any other, then acts for the holder.
  await other.goto(tenantUrl(tenant, "/regulamin/akceptacja"));
  await other.getByLabel("Akceptuję regulamin").check();
  await other.getByRole("button", { name: "Akceptuję" }).click();
  await expect(other.getByTestId("customer-name")).toHaveText("Jan Kowalski");
  await expect(other.getByTestId("acting-switcher")).toHaveCount(0);

  // "Pełny": Moje dane with the customer's phone only, confirmed with the delegate's own password.
  await other.goto(tenantUrl(tenant, "/moje-dane"));
  const phone = other.getByTestId("delegate-phone-form");
  await expect(phone).toContainText(holder.email);
  await expect(phone.locator("input[name=email]")).toHaveCount(0);
  await phone.getByLabel("Tel. komórkowy").fill("600 100 200");
  await phone.getByLabel("Aktualne hasło").fill(password);
  await phone.getByRole("button", { name: "Zapisz telefon" }).click();
  await expect(other.getByText("Numer telefonu klienta został zapisany.")).toBeVisible();
  await expect(other.getByTestId("delegate-phone-form").getByLabel("Tel. komórkowy")).toHaveValue("+48 600 100 200");
  await expectNoAxeViolations(other);
  await shootAtEveryWidth(other, `delegates-full-my-data-${tenant}`, expectNothingOverflows);

  // Revoked: the same session, its next request, shows no data — only the no-access page.
  await page.reload();
  await page.getByTestId("delegates-list").getByRole("button", { name: "Odwołaj" }).click();
  await expect(page.getByText("Pełnomocnictwo zostało odwołane.")).toBeVisible();
  await other.goto(tenantUrl(tenant, "/faktury"));
  await expect(other).toHaveURL(tenantUrl(tenant, "/bez-dostepu"));
  await expect(other.getByTestId("no-customer")).toContainText("Nie masz dostępu do konta żadnego klienta.");
  await expect(other.getByTestId("customer-name")).toHaveCount(0);
  await expectNoAxeViolations(other);
  await shootAtEveryWidth(other, `delegates-no-customer-${tenant}`, expectNothingOverflows);
  await other.getByRole("button", { name: "Wyloguj" }).click();
  await expect(other).toHaveURL(/\/\?wylogowano=1/);

  // Sign-in still works (the e-mail is the login) and lands on the same page.
  const signInForm = other.getByTestId("sign-in-form");
  await signInForm.locator("#login").fill(email);
  await signInForm.locator("#password").fill(password);
  await signInForm.getByRole("button", { name: tenantConfigs[tenant].texts.signInButton }).click();
  await expect(other).toHaveURL(tenantUrl(tenant, "/bez-dostepu"));
  await context.close();
});
