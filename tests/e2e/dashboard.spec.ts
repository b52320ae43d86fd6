import { createDashboardAccount } from "./factories-dashboard";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { importRecords } from "./factories";
import { createAccount, signIn } from "./recovery-accounts";
import { changePercent } from "@/lib/points/consumption";
import { formatChange } from "@/lib/format";

/** Pulpit's tiles below the balance (issue 4 item 2) for the sellers that have a Pulpit. */
for (const tenant of ["polo", "polsp"] as const) {
  test(`${tenant}: Pulpit shows the next payment, last month's consumption against a year earlier and the open tickets`, async ({ page }) => {
    const account = await createDashboardAccount(tenant);
    await signIn(page, account);
    await page.goto(tenantUrl(tenant, "/pulpit"));

    const payment = page.getByTestId("next-payment-tile");
    await expect(payment.getByRole("heading", { level: 2 })).toHaveText("Najbliższa płatność");
    // 23,00 zł left of the first invoice and all of the second (246,00 zł) are past their dates.
    await expect(payment.getByTestId("next-payment-overdue")).toContainText("Po terminie (2 dokumenty)");
    await expect(payment.getByTestId("next-payment-overdue-amount")).toHaveText("269,00\u00a0zł");
    await expect(payment).toContainText("Brak innych nadchodzących płatności.");
    await expect(payment.getByRole("link", { name: "Przejdź do faktur" })).toHaveAttribute("href", "/faktury");

    const last = account.months.at(-1)!;
    const unit = account.unit === "m3" ? "m³" : account.unit;
    const consumption = page.getByTestId("consumption-tile");
    await expect(consumption.getByTestId("consumption-quantity")).toHaveText(`${last.current.replace(".", ",")} ${unit}`);
    // 111,5 against 91 a year earlier.
    expect(formatChange(changePercent(last.current, last.previous))).toBe("+22,5%");
    await expect(consumption.getByTestId("consumption-change")).toHaveText("+22,5% r/r");
    await expect(consumption.getByRole("link", { name: account.pointCode })).toHaveAttribute("href", `/punkty-poboru/${account.pointId}`);

    const tickets = page.getByTestId("tickets-tile");
    await expect(tickets.getByRole("heading", { level: 2 })).toHaveText("Otwarte zgłoszenia");
    await expect(tickets.getByTestId("tickets-open")).toHaveText("1");
    await expect(tickets.getByTestId("tickets-unread")).toHaveText("1");
    await expect(tickets.getByTestId("tickets-newest")).toHaveCount(1);
    await expect(tickets.getByTestId("tickets-newest")).toContainText(account.ticketSubject);
    await expect(tickets.getByTestId("tickets-newest")).toContainText("Odpowiedziano");
    await expect(tickets.getByTestId("tickets-newest")).toContainText(new RegExp(`ZG/\\d{4}/\\d{6}`));
    await expect(tickets.getByRole("link", { name: "Nowe zgłoszenie" })).toHaveAttribute("href", "/zgloszenia/nowe");

    await expectNoAxeViolations(page);
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `${tenant}-dashboard-${viewport.name}`);
    }

    await tickets.getByRole("link", { name: account.ticketSubject }).click();
    await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("main")).toContainText(account.ticketSubject);
  });
}

test("polo: Pulpit says in words that nothing is due, there is no consumption data and no tickets", async ({ page }) => {
  const account = await createAccount("polo");
  // Both invoices (123,00 + 246,00 zł) paid in full.
  await importRecords("polo", [{ type: "payment", id: `${account.id}-P1`, customer: account.id, date: "2026-11-02", amount: "369.00", method: "przelew" }]);
  await signIn(page, account);
  await page.goto(tenantUrl("polo", "/pulpit"));
  await expect(page.getByTestId("next-payment-tile")).toContainText("Brak nadchodzących płatności.");
  await expect(page.getByTestId("consumption-tile")).toContainText("Brak danych o zużyciu.");
  await expect(page.getByTestId("tickets-open")).toHaveText("0");
  await expect(page.getByTestId("tickets-unread")).toHaveText("0");
  await expect(page.getByTestId("tickets-tile")).toContainText("Nie masz jeszcze zgłoszeń.");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "polo-dashboard-empty-1280");
});

test("mpec: after sign-in the landing page Umowa starts with Aktualne saldo and Zapłać wszystko", async ({ page }) => {
  const account = await createAccount("mpec");
  await signIn(page, account);
  await expect(page).toHaveURL(/\/umowy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umowa");
  const balance = page.getByTestId("balance-tile");
  // The two invoices of every test customer, nothing paid: 123,00 + 246,00 zł.
  await expect(balance.getByTestId("balance-amount")).toHaveText("Do zapłaty: 369,00\u00a0zł");
  await expect(balance.getByRole("link", { name: "Szczegóły" })).toHaveAttribute("href", "/platnosci");
  await expect(balance.getByTestId("pay-all")).toBeVisible();
  // Above the contracts.
  const tileBox = (await balance.boundingBox())!;
  const contractsBox = (await page.getByTestId("contracts").boundingBox())!;
  expect(tileBox.y).toBeLessThan(contractsBox.y);
  await expectNoAxeViolations(page);
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, `mpec-landing-${viewport.name}`);
  }
});

test("polo: Umowy, not the landing page, has no balance tile (Pulpit has it)", async ({ page }) => {
  const account = await createAccount("polo");
  await signIn(page, account);
  await expect(page).toHaveURL(/\/pulpit$/);
  await expect(page.getByTestId("balance-tile")).toBeVisible();
  await page.goto(tenantUrl("polo", "/umowy"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umowy");
  await expect(page.getByTestId("balance-tile")).toHaveCount(0);
});
