import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import type { TenantId } from "./factories";
import { createBillingAccount } from "./factories-billing";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { mailsTo } from "./mailbox";
import { signIn, tenantConfigs } from "./recovery-accounts";

/**
 * Online payment through the local Przelewy24 sandbox (issue 6) on every tenant: a payment
 * cancelled at the gateway changes nothing; one invoice, then the whole balance; every
 * notification is sent three times (the sandbox's "duplicates" switch) and credited once.
 */
const sandboxUrl = `http://127.0.0.1:${process.env.E2E_GATEWAY_PORT ?? "3201"}`;
const hasModule = (tenant: TenantId, module: string) => tenantConfigs[tenant].navigation.some((item) => item.module === module);
const rowOf = (page: Page, number: string) => page.getByTestId("document-row").filter({ hasText: number });
const nbsp = (text: string) => text.replace(/ zł/g, "\u00a0zł");

// These screenshots go to test-results/screens, beside the run's other output.
const shoot = (page: Page, name: string) =>
  shootAtEveryWidth(page, name, expectNoHorizontalScroll, (p, shot) =>
    p.screenshot({ path: path.join("test-results", "screens", `${shot}.png`), fullPage: true }).then(() => {}),
  );

test.beforeAll(async ({ request }) => {
  // Harmless for anyone else using the sandbox: duplicates are what the shop must survive anyway.
  const response = await request.post(`${sandboxUrl}/sandbox/switches`, {
    data: { duplicates: 2, retryBaseMs: 500, failVerify: false, failNotify: 0, delayMs: 0 },
  });
  expect(response.ok()).toBe(true);
});

/** From the confirmation page to the sandbox's page; returns the transaction's token. */
async function toGateway(page: Page, amount: string): Promise<string> {
  await page.getByRole("button", { name: "Przejdź do płatności" }).click();
  await expect(page).toHaveURL(/\/trnRequest\/[A-Z0-9]+$/);
  await expect(page.getByTestId("sandbox-amount")).toHaveText(nbsp(amount));
  return page.url().split("/").pop()!;
}

async function deliveries(request: APIRequestContext, token: string): Promise<number[]> {
  const response = await request.get(`${sandboxUrl}/sandbox/transactions/${token}`);
  return ((await response.json()) as { deliveries: number[] }).deliveries;
}

for (const tenant of ["polo", "polsp", "mpec"] as const) {
  test(`${tenant}: S22 pay one invoice, then the whole balance; duplicates credited once; a cancelled payment changes nothing`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const account = await createBillingAccount(tenant, "due");
    await signIn(page, account);
    const listPath = hasModule(tenant, "invoices") ? "/faktury" : "/platnosci";
    // MPEC's Płatności lists only what is still to pay; paid documents are on Dokumenty.
    const documentsPath = hasModule(tenant, "invoices") ? "/faktury" : "/dokumenty";
    const balance = page.getByTestId("balance-amount");
    await page.goto(tenantUrl(tenant, listPath));
    await expect(balance).toHaveText(nbsp("Do zapłaty: 210,00 zł"));

    // 1. Cancelled at the gateway: the balance and the statuses stay as they were.
    await rowOf(page, account.noteNumber)
      .getByRole("link", { name: `Zapłać dokument ${account.noteNumber}` })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Płatność online");
    await expect(page.getByTestId("pay-line")).toHaveCount(1);
    await expect(page.getByTestId("pay-amount")).toHaveText(nbsp("Kwota do zapłaty: 10,00 zł"));
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-platnosc-potwierdzenie`);
    await toGateway(page, "10,00 zł");
    // Back from the gateway, the page already says so: no "Zrezygnuj" click needed.
    await page.getByRole("button", { name: "Anuluj" }).click();
    await expect(page).toHaveURL(/\/platnosci\/status\//);
    await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "cancelled");
    await expect(page.getByTestId("payment-status")).toContainText("Płatność anulowana");
    await expect(page.getByRole("button", { name: "Zrezygnuj z płatności" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-platnosc-anulowana`);
    await page.goto(tenantUrl(tenant, listPath));
    await expect(balance).toHaveText(nbsp("Do zapłaty: 210,00 zł"));
    await expect(rowOf(page, account.noteNumber).getByTestId("document-status")).toHaveText("Do zapłaty");
    await expect(page.getByTestId("document-online")).toHaveCount(0);

    // 2. One invoice (payable again at once): the return page follows the status from pending to paid.
    await rowOf(page, account.noteNumber)
      .getByRole("link", { name: `Zapłać dokument ${account.noteNumber}` })
      .click();
    const first = await toGateway(page, "10,00 zł");
    await page.getByRole("button", { name: "Zapłać" }).click();
    await expect(page).toHaveURL(/\/platnosci\/status\//);
    await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "paid", { timeout: 30_000 });
    await expect(page.getByTestId("payment-status")).toContainText("Płatność przyjęta");
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-platnosc-przyjeta`);
    await expect.poll(() => deliveries(request, first), { timeout: 20_000 }).toEqual([200, 200, 200]);
    await page.goto(tenantUrl(tenant, listPath));
    await expect(balance).toHaveText(nbsp("Do zapłaty: 200,00 zł"));
    await expect(page.getByTestId("balance-processing")).toContainText(nbsp("10,00 zł"));
    await page.goto(tenantUrl(tenant, documentsPath));
    await expect(rowOf(page, account.noteNumber).getByTestId("document-status")).toHaveText("Zapłacona");
    await expect(rowOf(page, account.noteNumber).getByTestId("document-online")).toHaveText("Wpłata w trakcie księgowania");
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-dokumenty-wplata-w-trakcie`);

    // 3. The whole balance: from the Pulpit's tile where there is one, else from Płatności.
    await page.goto(tenantUrl(tenant, hasModule(tenant, "dashboard") ? "/pulpit" : listPath));
    await page.getByRole("link", { name: "Zapłać wszystko" }).click();
    await expect(page.getByTestId("pay-amount")).toHaveText(nbsp("Kwota do zapłaty: 200,00 zł"));
    await expect(page.getByTestId("pay-line")).toHaveCount(1);
    const all = await toGateway(page, "200,00 zł");
    await page.getByRole("button", { name: "Zapłać" }).click();
    await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "paid", { timeout: 30_000 });
    await expect.poll(() => deliveries(request, all), { timeout: 20_000 }).toEqual([200, 200, 200]);
    await page.goto(tenantUrl(tenant, listPath));
    await expect(balance).toHaveText("Brak należności");
    await expect(page.getByRole("link", { name: "Zapłać wszystko" })).toHaveCount(0);
    await page.goto(tenantUrl(tenant, documentsPath));
    await expect(rowOf(page, account.lastInvoiceNumber).getByTestId("document-status")).toHaveText("Zapłacona");

    // Three notifications each, one credit each: two "payment received" e-mails, no overpayment above.
    const mails = (await mailsTo(request, account.email)).filter((m) => m.subject.startsWith("Potwierdzenie otrzymania wpłaty"));
    expect(mails).toHaveLength(2);
  });
}

test("polo: several chosen documents paid in one payment, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const account = await createBillingAccount("polo", "due");
  await signIn(page, account);
  await page.goto(tenantUrl("polo", "/faktury"));
  await page.getByRole("checkbox", { name: `Wybierz do zapłaty dokument ${account.noteNumber}` }).check();
  await page.getByRole("checkbox", { name: `Wybierz do zapłaty dokument ${account.lastInvoiceNumber}` }).check();
  await page.getByRole("button", { name: "Zapłać za zaznaczone dokumenty" }).click();
  await expect(page.getByTestId("pay-line")).toHaveCount(2);
  await expect(page.getByTestId("pay-amount")).toHaveText(nbsp("Kwota do zapłaty: 210,00 zł"));
  // Without JavaScript the action's redirect lands on our page, whose meta refresh goes to the gateway.
  await page.getByRole("button", { name: "Przejdź do płatności" }).click();
  await expect(page).toHaveURL(/\/trnRequest\/[A-Z0-9]+$/);
  await expect(page.getByTestId("sandbox-amount")).toHaveText(nbsp("210,00 zł"));
  // The return page reloads itself (a <noscript> meta refresh) until the payment is confirmed.
  await page.getByRole("button", { name: "Zapłać" }).click();
  await expect(page).toHaveURL(/\/platnosci\/status\//);
  await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "paid", { timeout: 30_000 });
  await page.goto(tenantUrl("polo", "/faktury"));
  await expect(page.getByTestId("balance-amount")).toHaveText("Brak należności");
  await context.close();
});

test("S13, S14: another customer's payment status page and a foreign document's payment answer 404 or nothing to pay", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const [owner, stranger, polspOther] = await Promise.all([
    createBillingAccount("polo", "due"),
    createBillingAccount("polo", "due"),
    createBillingAccount("polsp", "due"),
  ]);
  await signIn(page, owner);
  await page.goto(tenantUrl("polo", `/faktury/${encodeURIComponent(owner.lastInvoiceId)}`));
  await page.getByTestId("pay-document").click();
  await expect(page.getByTestId("pay-amount")).toHaveText(nbsp("Kwota do zapłaty: 200,00 zł"));
  await toGateway(page, "200,00 zł");
  await page.getByRole("button", { name: "Anuluj" }).click();
  await expect(page).toHaveURL(/\/platnosci\/status\//);
  const statusUrl = page.url();

  await page.context().clearCookies();
  await signIn(page, stranger);
  expect((await page.goto(statusUrl))?.status()).toBe(404);
  expect((await page.goto(statusUrl.replace("/status/", "/przekierowanie/")))?.status()).toBe(404);
  expect((await page.goto(statusUrl.replace("/status/", "/powrot/")))?.status()).toBe(404);
  // Another customer's (or another tenant's) document ids: nothing of theirs can be paid here.
  for (const id of [owner.lastInvoiceId, polspOther.lastInvoiceId]) {
    await page.goto(tenantUrl("polo", `/platnosci/zaplac?dokument=${encodeURIComponent(id)}`));
    await expect(page.getByTestId("nothing-to-pay")).toBeVisible();
    await expect(page.getByRole("button", { name: "Przejdź do płatności" })).toHaveCount(0);
  }
});

test("polo: two tabs paying the same invoice reach one gateway session; another choice replaces it", async ({ browser }) => {
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  const account = await createBillingAccount("polo", "due");
  await signIn(first, account);
  const payOne = tenantUrl("polo", `/platnosci/zaplac?dokument=${encodeURIComponent(account.lastInvoiceId)}`);
  for (const page of [first, second]) await page.goto(payOne);
  // Both confirmations sent at the same moment: one transaction, both tabs at its gateway page.
  await Promise.all([first, second].map((page) => page.getByRole("button", { name: "Przejdź do płatności" }).click()));
  for (const page of [first, second]) await expect(page).toHaveURL(/\/trnRequest\/[A-Z0-9]+$/);
  expect(second.url()).toBe(first.url());
  const token = first.url().split("/").pop()!;

  // The whole balance instead: the first transaction is cancelled before the new one starts.
  await second.goto(tenantUrl("polo", "/platnosci/zaplac?wszystko=1"));
  await expect(second.getByTestId("pay-amount")).toHaveText(nbsp("Kwota do zapłaty: 210,00 zł"));
  await toGateway(second, "210,00 zł");
  expect(second.url()).not.toBe(first.url());
  await second.getByRole("button", { name: "Zapłać" }).click();
  await expect(second.getByTestId("payment-status")).toHaveAttribute("data-status", "paid", { timeout: 30_000 });
  // The first tab's transaction was cancelled here, not at the gateway: paying it still counts — as an overpayment.
  await first.getByRole("button", { name: "Zapłać" }).click();
  await expect(first).toHaveURL(/\/platnosci\/status\//);
  await expect.poll(() => deliveries(first.request, token), { timeout: 20_000 }).toEqual([200, 200, 200]);
  await first.goto(tenantUrl("polo", "/faktury"));
  await expect(first.getByTestId("balance-amount")).toHaveText(nbsp("Nadpłata: 200,00 zł"));
  await context.close();
});
