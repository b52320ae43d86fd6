import http from "node:http";
import { eq } from "drizzle-orm";
import { auditLog, staffUsers } from "@/db/schema";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, test, viewports } from "./fixtures";
import { appRequest, hostOf, randomPesel, type TenantId } from "./factories";
import { consoleUrl, createEnrolledStaff, fillStaffPassword, staffSession } from "./staff";
import { withDb } from "./database-url";

/** "Pracownicy" and "Klucze importu" in the console (issue #5), admins only. */

const staffRow = (email: string) => withDb(async (db) => (await db.select().from(staffUsers).where(eq(staffUsers.email, email)))[0]!);
const auditsAbout = (id: string) => withDb((db) => db.select().from(auditLog).where(eq(auditLog.targetId, id)));

function importWith(tenant: TenantId, key: string): Promise<number> {
  const body =
    JSON.stringify({
      type: "customer",
      id: `KEY-${Date.now()}`,
      kind: "individual",
      pesel: randomPesel(),
      name: "Jan Klucz",
      address: { street: "ul. Polna", building: "1", postalCode: "00-001", city: "Warszawa" },
    }) + "\n";
  return new Promise((resolve, reject) => {
    const req = http.request({ agent: false, ...appRequest(hostOf(tenant), "POST", "/api/import", { Authorization: `Bearer ${key}` }) }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function exportWith(tenant: TenantId, key: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent: false, ...appRequest(hostOf(tenant), "GET", "/api/export", { Authorization: `Bearer ${key}` }) }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("console: staff management", () => {
  test("S23/S20: an admin creates a person (one-time password shown once), resets, disables and enables them; all audited without secrets", async ({
    page,
    browser,
  }) => {
    const admin = await staffSession(page, "admin", ["polo", "polsp"]);
    await page.goto(consoleUrl("/konsola/pracownicy"));
    await expect(page.getByTestId("staff-table")).toContainText(`${admin.email} (Ty)`);
    await page.getByRole("link", { name: "Dodaj pracownika" }).click();

    const email = `nowy.${Date.now()}@obsluga.mojbok.test`;
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Utwórz konto" }).click();
    await expect(page.getByText("Wybierz co najmniej jednego sprzedawcę.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue(email);
    await page.getByLabel(/mojBOK POLO/).check();
    await page.getByRole("button", { name: "Utwórz konto" }).click();
    await expect(page.getByTestId("secret-box")).toContainText(`Utworzono konto ${email}.`);
    const oneTimePassword = (await page.getByTestId("secret-value").innerText()).trim();
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    // The person signs in with it and is sent to set a password and enrol TOTP.
    const person = await browser.newContext();
    const personPage = await person.newPage();
    await fillStaffPassword(personPage, email, oneTimePassword);
    await expect(personPage).toHaveURL(consoleUrl("/konsola/konfiguracja"));
    await person.close();

    // Shown once: the new-person page is an empty form again, the list shows the person.
    await page.goto(consoleUrl("/konsola/pracownicy/nowy"));
    await expect(page.getByTestId("create-staff-form")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(oneTimePassword);
    await page.goto(consoleUrl("/konsola/pracownicy"));
    await page.getByRole("link", { name: email }).click();
    await expect(page.getByTestId("staff-state")).toHaveText("Czeka na pierwsze logowanie");

    await page.getByRole("button", { name: "Nadaj nowe hasło jednorazowe" }).click();
    const second = (await page.getByTestId("secret-value").innerText()).trim();
    expect(second).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(second).not.toBe(oneTimePassword);

    await page.getByRole("button", { name: "Wyłącz konto" }).click();
    await expect(page.getByTestId("staff-flash")).toHaveText("Konto zostało wyłączone; sesje tej osoby zakończono.");
    await expect(page.getByTestId("staff-state")).toHaveText("Wyłączone");
    await page.getByRole("button", { name: "Włącz konto" }).click();
    await expect(page.getByTestId("staff-flash")).toHaveText("Konto zostało włączone.");

    await page.getByRole("combobox", { name: /^Rola/ }).selectOption("admin");
    await page.getByLabel(/mojBOK POLSp/).check();
    await page.getByRole("button", { name: "Zapisz dostęp" }).click();
    await expect(page.getByTestId("staff-flash")).toHaveText("Zapisano rolę i sprzedawców.");
    const row = await staffRow(email);
    expect(row).toMatchObject({ role: "admin", tenants: ["polo", "polsp"], disabledAt: null });

    const entries = await auditsAbout(row.id);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["staff.created", "staff.reset", "staff.disabled", "staff.enabled", "staff.access_changed"]),
    );
    for (const e of entries.filter((x) => x.actorKind === "staff" && x.actorId !== row.id)) {
      expect(e.actorId).toBe((await staffRow(admin.email)).id);
      expect(JSON.stringify(e)).not.toContain(oneTimePassword);
      expect(JSON.stringify(e)).not.toContain(second);
    }
  });

  test("a locked person is unlocked; the admin's own account and people outside the admin's tenants cannot be managed (404)", async ({
    page,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(/status of 404 \(Not Found\)/);
    const locked = await createEnrolledStaff("staff", ["polo"]);
    const outside = await createEnrolledStaff("staff", ["polo", "mpec"]);
    await withDb((db) => db.update(staffUsers).set({ lockedAt: new Date(), failedAttempts: 5 }).where(eq(staffUsers.email, locked.email)));
    const admin = await staffSession(page, "admin", ["polo"]);

    await page.goto(consoleUrl("/konsola/pracownicy"));
    await expect(page.getByRole("link", { name: outside.email })).toHaveCount(0);
    expect((await page.goto(consoleUrl(`/konsola/pracownicy/${(await staffRow(outside.email)).id}`)))?.status()).toBe(404);

    await page.goto(consoleUrl(`/konsola/pracownicy/${(await staffRow(locked.email)).id}`));
    await expect(page.getByTestId("staff-state")).toHaveText("Zablokowane");
    await page.getByRole("button", { name: "Odblokuj" }).click();
    await expect(page.getByTestId("staff-flash")).toHaveText("Konto zostało odblokowane.");
    expect(await staffRow(locked.email)).toMatchObject({ lockedAt: null, failedAttempts: 0 });

    await page.goto(consoleUrl(`/konsola/pracownicy/${(await staffRow(admin.email)).id}`));
    await expect(page.getByText("Własnego konta nie zmienisz w tym miejscu.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Wyłącz konto" })).toHaveCount(0);
  });

  for (const viewport of viewports) {
    test(`staff screens at ${viewport.name} px: list, new person, one-time password, person`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await staffSession(page, "admin", ["polo", "polsp", "mpec"]);
      await page.goto(consoleUrl("/konsola/pracownicy"));
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-staff-${viewport.name}`);
      await expectNoAxeViolations(page);
      await page.goto(consoleUrl("/konsola/pracownicy/nowy"));
      await page.getByRole("button", { name: "Utwórz konto" }).click();
      await expect(page.getByText("Pole E-mail jest wymagane.")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-staff-new-${viewport.name}`);
      await expectNoAxeViolations(page);
      await page.getByLabel("E-mail").fill(`ekran.${viewport.name}.${Date.now()}@obsluga.mojbok.test`);
      await page.getByLabel(/eBOK/).check();
      await page.getByRole("button", { name: "Utwórz konto" }).click();
      await expect(page.getByTestId("secret-box")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-staff-created-${viewport.name}`);
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Przejdź do konta pracownika" }).click();
      await expect(page.getByTestId("staff-state")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-staff-person-${viewport.name}`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("console: import keys", () => {
  test("S20/S21: a key is created (shown once), works for its tenant, is revoked after confirmation and is then refused with 401", async ({ page }) => {
    const admin = await staffSession(page, "admin", ["polsp"]);
    await page.goto(consoleUrl("/konsola/klucze-importu"));
    await expect(page.getByTestId("import-keys-polo")).toHaveCount(0);
    const label = `CRM e2e ${Date.now()}`;
    await page.getByLabel("Nazwa klucza").fill(label);
    await page.getByRole("button", { name: "Utwórz klucz" }).click();
    await expect(page.getByTestId("secret-box")).toContainText("Nie pokażemy go ponownie");
    const key = (await page.getByTestId("secret-value").innerText()).trim();
    expect(key).toMatch(/^mbk_polsp_[A-Za-z0-9_-]{43}$/);
    expect(await importWith("polsp", key)).toBe(200);
    expect(await importWith("polo", key)).toBe(401);

    await page.goto(consoleUrl("/konsola/klucze-importu"));
    await expect(page.locator("body")).not.toContainText(key);
    const row = page.getByTestId("import-key-row").filter({ hasText: label });
    await expect(row.getByTestId("import-key-state")).toHaveText("Aktywny");
    await row.getByRole("link", { name: `Unieważnij klucz ${label}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Unieważnić klucz „${label}”?`);
    await page.getByRole("button", { name: "Unieważnij klucz" }).click();
    await expect(page.getByTestId("import-keys-flash")).toContainText("Klucz został unieważniony.");
    await expect(page.getByTestId("import-key-row").filter({ hasText: label }).getByTestId("import-key-state")).toContainText("Unieważniony");
    expect(await importWith("polsp", key)).toBe(401);

    const adminId = (await staffRow(admin.email)).id;
    const entries = await withDb((db) => db.select().from(auditLog).where(eq(auditLog.actorId, adminId)));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["import_key.created", "import_key.revoked"]));
    for (const e of entries) expect(JSON.stringify(e)).not.toContain(key.slice(10));
  });

  test("S31: an import-only key made in the console imports, is refused on /api/export with 403, and the list shows its scope", async ({ page }) => {
    await staffSession(page, "admin", ["polsp"]);
    await page.goto(consoleUrl("/konsola/klucze-importu"));
    const label = `CRM tylko import ${Date.now()}`;
    await page.getByLabel("Nazwa klucza").fill(label);
    await page.getByLabel("Zakres").selectOption("import");
    await page.getByRole("button", { name: "Utwórz klucz" }).click();
    await expect(page.getByTestId("secret-box")).toContainText("(zakres: tylko import)");
    const key = (await page.getByTestId("secret-value").innerText()).trim();
    expect(await importWith("polsp", key)).toBe(200);
    const refused = await exportWith("polsp", key);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({ error: expect.stringContaining("Ten klucz nie pozwala pobierać danych z GET /api/export") });

    await page.goto(consoleUrl("/konsola/klucze-importu"));
    await expect(page.getByTestId("import-key-row").filter({ hasText: label }).getByTestId("import-key-scope")).toHaveText("Tylko import");
  });

  test("an admin of POLO gets 404 for a POLSp key's revocation page", async ({ page, browser, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404 \(Not Found\)/);
    const polspAdmin = await browser.newContext();
    const adminPage = await polspAdmin.newPage();
    await staffSession(adminPage, "admin", ["polsp"]);
    await adminPage.goto(consoleUrl("/konsola/klucze-importu"));
    await adminPage.getByLabel("Nazwa klucza").fill(`Zakres ${Date.now()}`);
    await adminPage.getByRole("button", { name: "Utwórz klucz" }).click();
    await expect(adminPage.getByTestId("secret-box")).toBeVisible();
    await adminPage.goto(consoleUrl("/konsola/klucze-importu"));
    const href = await adminPage
      .getByTestId("import-keys-polsp")
      .getByRole("link", { name: /^Unieważnij/ })
      .first()
      .getAttribute("href");
    await polspAdmin.close();

    await staffSession(page, "admin", ["polo"]);
    expect((await page.goto(consoleUrl(href!)))?.status()).toBe(404);
  });

  for (const viewport of viewports) {
    test(`import key screens at ${viewport.name} px`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await staffSession(page, "admin", ["polo", "polsp", "mpec"]);
      await page.goto(consoleUrl("/konsola/klucze-importu"));
      await page.getByLabel("Nazwa klucza").fill(`Ekran ${viewport.name}`);
      await page.getByLabel("Zakres").selectOption("export");
      await page.getByRole("button", { name: "Utwórz klucz" }).click();
      await expect(page.getByTestId("secret-box")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-import-key-created-${viewport.name}`);
      await expectNoAxeViolations(page);
      await page.goto(consoleUrl("/konsola/klucze-importu"));
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-import-keys-${viewport.name}`);
      await expectNoAxeViolations(page);
      await page
        .getByTestId("import-keys-polo")
        .getByRole("link", { name: /^Unieważnij/ })
        .first()
        .click();
      await expect(page.getByRole("button", { name: "Unieważnij klucz" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-import-key-revoke-${viewport.name}`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("console admin forms without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a person and an import key are created as plain forms; the secret is shown on the next screen, errors keep the values", async ({ page }) => {
    await staffSession(page, "admin", ["mpec", "polo"]);
    await page.goto(consoleUrl("/konsola/pracownicy/nowy"));
    const email = `bezjs.${Date.now()}@obsluga.mojbok.test`;
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Utwórz konto" }).click();
    await expect(page.getByText("Wybierz co najmniej jednego sprzedawcę.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue(email);
    await page.getByLabel(/eBOK/).check();
    await page.getByRole("button", { name: "Utwórz konto" }).click();
    await expect(page.getByTestId("secret-value")).toHaveText(/^[A-Za-z0-9_-]{20}$/);

    await page.goto(consoleUrl("/konsola/klucze-importu"));
    await page.getByLabel("Sprzedawca").selectOption("mpec");
    await page.getByLabel("Nazwa klucza").fill("Bez JS");
    await page.getByRole("button", { name: "Utwórz klucz" }).click();
    await expect(page.getByTestId("secret-value")).toHaveText(/^mbk_mpec_[A-Za-z0-9_-]{43}$/);
  });
});
