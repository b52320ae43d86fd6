import { openPostgres } from "@/db/client";
import { auditLog, staffUsers } from "@/db/schema";
import { eq } from "drizzle-orm";
import { currentTotp } from "@/lib/security/totp";
import { STAFF_SIGN_IN_FAILED } from "@/lib/staff/auth";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, fillFields, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { consoleUrl, createEnrolledStaff, createStaffWithCli, fillStaffPassword, signInStaff, STAFF_PASSWORD } from "./staff";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

test.describe("console sign-in", () => {
  test("S23: a staff account made with the CLI sets its password, enrols TOTP and signs in; audit holds no secrets", async ({ page, browser }) => {
    const created = await createStaffWithCli("staff", ["polo"]);
    expect(created.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(created.stderr).toContain("Hasło jednorazowe");

    await fillStaffPassword(page, created.email, created.oneTimePassword);
    await expect(page).toHaveURL(consoleUrl("/konsola/konfiguracja"));
    await expect(page.getByRole("heading", { name: "Pierwsze logowanie" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Kod QR/ })).toBeVisible();

    // S27: the one-time password has signed in once; in another browser it is refused, and this setup goes on.
    const elsewhere = await browser.newContext();
    try {
      const other = await elsewhere.newPage();
      await fillStaffPassword(other, created.email, created.oneTimePassword);
      await expect(other.getByText(STAFF_SIGN_IN_FAILED)).toBeVisible();
      await expect(other).toHaveURL(consoleUrl("/konsola/logowanie"));
    } finally {
      await elsewhere.close();
    }
    await page.reload();
    await expect(page.getByRole("heading", { name: "Pierwsze logowanie" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "console-setup-1280");

    // A weak password is refused, the code is not kept, the page stays.
    await page.locator("#password").fill("krotkie");
    await page.getByLabel("Powtórz nowe hasło").fill("krotkie");
    await page.getByLabel("Kod z aplikacji").fill(await currentTotp(secret));
    await page.getByRole("button", { name: "Zapisz i zaloguj" }).click();
    await expect(page.getByText("Hasło musi mieć co najmniej 12 znaków.")).toBeVisible();

    await page.locator("#password").fill(STAFF_PASSWORD);
    await page.getByLabel("Powtórz nowe hasło").fill(STAFF_PASSWORD);
    await page.getByLabel("Kod z aplikacji").fill(await currentTotp(secret));
    await page.getByRole("button", { name: "Zapisz i zaloguj" }).click();
    await expect(page).toHaveURL(consoleUrl("/konsola"));
    await expect(page.getByTestId("staff-identity")).toContainText(created.email);
    await expect(page.getByRole("heading", { name: "Pulpit" })).toBeVisible();

    await page.getByRole("button", { name: "Wyloguj" }).click();
    await expect(page).toHaveURL(/\/konsola\/logowanie\?koniec=wylogowano$/);
    await page.goto(consoleUrl("/konsola"));
    await expect(page).toHaveURL(/\/konsola\/logowanie$/);

    const handle = openPostgres(databaseUrl, { max: 1 });
    try {
      const [user] = await handle.db.select().from(staffUsers).where(eq(staffUsers.email, created.email));
      const rows = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, user!.id));
      expect(rows.map((r) => r.action)).toEqual(
        expect.arrayContaining(["staff.created", "staff.password_ok", "staff.setup_completed", "staff.signed_in", "staff.signed_out"]),
      );
      const text = JSON.stringify(rows);
      for (const secretValue of [created.oneTimePassword, STAFF_PASSWORD, secret]) expect(text).not.toContain(secretValue);
    } finally {
      await handle.close();
    }
  });

  test("S23: the password without the TOTP code opens nothing; a wrong code is refused", async ({ page }) => {
    const staff = await createEnrolledStaff("admin", ["polo", "polsp", "mpec"]);
    await fillStaffPassword(page, staff.email, staff.password);
    await expect(page).toHaveURL(/\/konsola\/logowanie\/kod$/);
    // Skipping the code step: every console page sends back to sign-in.
    for (const path of ["/konsola", "/konsola/klienci", "/konsola/zgloszenia"]) {
      await page.goto(consoleUrl(path));
      await expect(page).toHaveURL(/\/konsola\/logowanie\/kod$/);
    }
    await page.getByLabel("Kod z aplikacji").fill("000000");
    await page.getByRole("button", { name: "Zaloguj" }).click();
    await expect(page.getByText("Nieprawidłowy kod.")).toBeVisible();
    await expect(page).toHaveURL(/\/konsola\/logowanie\/kod$/);
    await page.getByLabel("Kod z aplikacji").fill(await currentTotp(staff.secret));
    await page.getByRole("button", { name: "Zaloguj" }).click();
    await expect(page).toHaveURL(consoleUrl("/konsola"));
  });

  test("wrong password: one message; the console is a 404 on tenant hosts", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404/);
    await fillStaffPassword(page, "nikt@obsluga.mojbok.test", STAFF_PASSWORD);
    await expect(page.getByTestId("staff-sign-in-form").getByRole("alert")).toContainText("Nieprawidłowy e-mail lub hasło");
    const response = await page.goto(tenantUrl("polo", "/konsola/logowanie"));
    expect(response?.status()).toBe(404);
  });

  for (const viewport of viewports) {
    test(`console screens at ${viewport.name} px: sign-in, code, Pulpit — axe clean`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const staff = await createEnrolledStaff("admin", ["polo", "polsp", "mpec"]);
      await page.goto(consoleUrl("/konsola/logowanie"));
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-sign-in-${viewport.name}`);
      await signInStaff(page, staff);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-home-${viewport.name}`);
    });
  }
});

test("Moje konto: who I am, and the password change refuses a wrong current password without losing the page", async ({ page }) => {
  const staff = await createEnrolledStaff("staff", ["polo", "polsp"]);
  await signInStaff(page, staff);
  await page.getByRole("link", { name: "Moje konto" }).click();
  await expect(page.getByRole("heading", { name: "Moje konto" })).toBeVisible();
  await expect(page.getByText("mojBOK POLO, mojBOK POLSp")).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "console-my-account-1280");
  await fillFields(page, { "#current": "Zle-haslo-XYZ-123", "#password": "Nowe-Haslo-Konsoli-2027", "#repeat": "Nowe-Haslo-Konsoli-2027", "#code": "123456" });
  await page.getByRole("button", { name: "Zmień hasło" }).click();
  await expect(page.getByText("Obecne hasło jest nieprawidłowe.")).toBeVisible();
  await expect(page.locator("#current")).toHaveValue("");
});

test.describe("console sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("password and code work as plain forms", async ({ page }) => {
    const staff = await createEnrolledStaff("staff", ["mpec"]);
    await signInStaff(page, staff);
    await expect(page.getByTestId("staff-identity")).toContainText("MPEC");
  });
});
