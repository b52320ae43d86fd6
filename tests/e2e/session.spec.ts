import { request as playwrightRequest, type Browser, type Page } from "@playwright/test";
import { expect, expectNoAxeViolations, port, saveScreenshot, tenantUrl, test } from "./fixtures";
import { e2eOrigin, resetClock, setClock } from "./mailbox";
import { createAccount, type TestAccount } from "./recovery-accounts";
import { auditActions, requestOneTimePassword, SESSION_COOKIE, sessionCookie, submitForcedChange, submitSignIn } from "./sign-in-helpers";

/**
 * Sessions on the production build (S09–S16): server-side limits, logout, other sessions ended,
 * tenant isolation, the cookie's attributes and CSRF. The clock tests move the whole server's clock:
 * this file runs serially and resets it at once.
 */
test.describe.configure({ mode: "serial" });

// The page asked for rides along as &next= (lib/auth/next-path.ts), unless it is the home page.
const signedOutPage = /\/(\?wylogowano=(sesja|bezczynnosc)(&next=%2F[^&]*)?)?$/;

/** Signs `account` in on `page`, runs `act` in a second browser, and expects `page`'s session to be over. */
async function expectEndedFromAnotherBrowser(page: Page, browser: Browser, account: TestAccount, act: (other: Page) => Promise<void>) {
  await submitSignIn(page, account.tenant, account.login, account.password);
  await expect(page).toHaveURL(tenantUrl(account.tenant, "/pulpit"));
  const other = await browser.newContext();
  try {
    await act(await other.newPage());
  } finally {
    await other.close();
  }
  await page.goto(tenantUrl(account.tenant, "/umowy"));
  await expect(page).toHaveURL(signedOutPage);
}

test("S10: 15:01 idle → the sign-in page says why", async ({ page, request }) => {
  const account = await createAccount("polo");
  await submitSignIn(page, "polo", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
  try {
    await setClock(request, 15 * 60 + 1);
    await page.goto(tenantUrl("polo", "/pulpit"));
  } finally {
    await resetClock(request);
  }
  await expect(page).toHaveURL(tenantUrl("polo", "/?wylogowano=bezczynnosc"));
  await expect(page.getByTestId("signed-out-notice")).toHaveText("Wylogowano Cię automatycznie po 15 minutach bezczynności.");
  // The session stays ended when the clock is back.
  await page.goto(tenantUrl("polo", "/pulpit"));
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
});

test("S10: 12 h after sign-in the session has expired", async ({ page, request }) => {
  const account = await createAccount("mpec");
  await submitSignIn(page, "mpec", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("mpec", "/umowy"));
  try {
    await setClock(request, 12 * 3600);
    await page.goto(tenantUrl("mpec", "/umowy"));
  } finally {
    await resetClock(request);
  }
  // Expired (absolute limit) is checked before idle, so the page names the session, not inactivity.
  await expect(page).toHaveURL(tenantUrl("mpec", "/?wylogowano=sesja"));
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
});

test("idle warning a minute before the limit; Pozostań zalogowany keeps the session; at the limit → sign-in page", async ({ page, request }) => {
  const account = await createAccount("polsp");
  await page.clock.install();
  await submitSignIn(page, "polsp", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polsp", "/pulpit"));
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeHidden();
  await page.clock.fastForward("14:01");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Za minutę nastąpi automatyczne wylogowanie z powodu braku aktywności.");
  await expect(dialog.getByRole("button", { name: "Pozostań zalogowany" })).toBeFocused();
  await saveScreenshot(page, "polsp-idle-warning-1280");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Pozostań zalogowany" }).click();
  await expect(dialog).toBeHidden();
  await page.clock.fastForward("13:00");
  await expect(dialog).toBeHidden();
  try {
    await setClock(request, 15 * 60 + 1);
    await page.clock.fastForward("02:05");
    await expect(page).toHaveURL(tenantUrl("polsp", "/?wylogowano=bezczynnosc"));
  } finally {
    await resetClock(request);
  }
  await expect(page.getByTestId("signed-out-notice")).toBeVisible();
});

test("S11: the cookie replayed after Wyloguj is refused", async ({ page, context }) => {
  const account = await createAccount("polo");
  await submitSignIn(page, "polo", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
  const cookie = await sessionCookie(context, "polo");
  expect(cookie).toBeDefined();
  await page.getByTestId("portal-header").getByRole("button", { name: "Wyloguj" }).click();
  await expect(page).toHaveURL(tenantUrl("polo", "/?wylogowano=1"));
  expect(await sessionCookie(context, "polo")).toBeUndefined();
  await context.addCookies([cookie!]);
  await page.goto(tenantUrl("polo", "/pulpit"));
  await expect(page).toHaveURL(signedOutPage);
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
  expect(await auditActions(account)).toContain("signout");
});

test("S12: a lock ends the account's session in another browser", async ({ page, browser }) => {
  const account = await createAccount("polo");
  await expectEndedFromAnotherBrowser(page, browser, account, async (attacker) => {
    for (let i = 1; i <= 5; i++) {
      await submitSignIn(attacker, "polo", account.login, `Zle-Haslo-${i}`);
      await expect(attacker.getByTestId("sign-in-form").getByRole("alert")).toContainText("Nieprawidłowy login lub hasło.");
    }
  });
});

test("S12/S09: the forced password change ends the other browser's session", async ({ page, browser }) => {
  const account = await createAccount("polsp");
  await expectEndedFromAnotherBrowser(page, browser, account, async (owner) => {
    const otp = await requestOneTimePassword(owner, account);
    await submitSignIn(owner, "polsp", account.login, otp);
    await submitForcedChange(owner, otp, "Zupelnie-Nowe-2027");
    await expect(owner).toHaveURL(tenantUrl("polsp", "/pulpit"));
  });
});

test("S14: a POLO session cookie sent to polsp.localhost is anonymous", async ({ page, context }) => {
  const account = await createAccount("polo");
  await submitSignIn(page, "polo", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
  const cookie = (await sessionCookie(context, "polo"))!;
  // Node cannot resolve *.localhost: the request goes to 127.0.0.1 with the tenant's Host header.
  const open = async (host: string) => {
    const api = await playwrightRequest.newContext();
    try {
      const response = await api.get(`${e2eOrigin}/pulpit`, {
        headers: { host: `${host}:${port}`, cookie: `${cookie.name}=${cookie.value}` },
        maxRedirects: 0,
      });
      return { status: response.status(), location: response.headers()["location"] ?? "" };
    } finally {
      await api.dispose();
    }
  };
  const elsewhere = await open("polsp.localhost");
  expect(elsewhere.status).toBeGreaterThanOrEqual(300);
  expect(elsewhere.status).toBeLessThan(400);
  expect(elsewhere.location).toMatch(/^(http:\/\/polsp\.localhost:\d+)?\/(\?wylogowano=sesja)?$/);
  // The same cookie on its own host is a live session, so the redirect above was the tenant check.
  expect((await open("polo.localhost")).status).toBe(200);
});

test("S16: a replayed sign-in POST with Origin https://evil.example changes nothing; S15: the cookie's attributes", async ({ page, allowConsoleErrors }) => {
  // The page's own submission is stopped on purpose below; its fetch then fails in the page.
  allowConsoleErrors(/Failed to fetch|net::ERR_FAILED/);
  const account = await createAccount("polo");
  // A real submission from the page, stopped before it reaches the server, gives the action's id and body.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = { headers: req.headers(), body: req.postDataBuffer()! };
      await route.abort();
    } else await route.continue();
  });
  await submitSignIn(page, "polo", account.login, account.password, { waitForAnswer: false });
  await expect.poll(() => Boolean(captured)).toBe(true);

  const host = `polo.localhost:${port}`;
  const replay = async (origin: string) => {
    const api = await playwrightRequest.newContext();
    try {
      const response = await api.post(`${e2eOrigin}/`, {
        headers: { ...captured!.headers, host, origin, cookie: "" },
        data: captured!.body,
        maxRedirects: 0,
      });
      return {
        status: response.status(),
        setCookies: response
          .headersArray()
          .filter((h) => h.name.toLowerCase() === "set-cookie")
          .map((h) => h.value),
      };
    } finally {
      await api.dispose();
    }
  };

  const evil = await replay("https://evil.example");
  expect(evil.setCookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
  expect(await auditActions(account)).toEqual([]);

  // The same request from our own origin does sign in, so the refusal above was the Origin's doing.
  const own = await replay(`http://${host}`);
  const session = own.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  expect(session, "session Set-Cookie").toBeDefined();
  const attributes = session!.split(";").map((a) => a.trim().toLowerCase());
  expect(attributes).toEqual(expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]));
  expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
  expect(await auditActions(account)).toContain("signin.ok");
});
