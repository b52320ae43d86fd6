import { expect, expectNoAxeViolations, expectNoHorizontalScroll, hostUrl, port, rgb, saveScreenshot, tenants, tenantUrl, test, viewports } from "./fixtures";

/** The shell every page shares: branding per host, footer contacts, legal pages, 404, dev index, headers. */

for (const tenant of tenants) {
  const others = tenants.filter((t) => t.id !== tenant.id);

  for (const viewport of viewports) {
    test.describe(`${tenant.id} at ${viewport.name} px`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("home page shows the tenant's product, brand and own contacts", async ({ page }) => {
        const response = await page.goto(tenantUrl(tenant.id));
        expect(response?.status()).toBe(200);

        await expect(page).toHaveTitle(`${tenant.product} — ${tenant.legal}`);
        await expect(page.locator("html")).toHaveAttribute("lang", "pl");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.product);
        await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");

        const header = page.getByRole("banner");
        await expect(header).toContainText(tenant.product);
        await expect(header).toHaveCSS("border-top-color", rgb(tenant.primary));
        await expect(page.getByTestId("hero")).toHaveCSS("background-color", rgb(tenant.primary));

        const footer = page.getByRole("contentinfo");
        await expect(footer).toContainText(tenant.phone);
        for (const email of tenant.emails) await expect(footer.getByRole("link", { name: email, exact: true })).toHaveAttribute("href", `mailto:${email}`);
        await expect(footer).toContainText(tenant.legal);
        await expect(footer.getByRole("link", { name: "Regulamin" })).toHaveAttribute("href", "/regulamin");
        await expect(footer.getByRole("link", { name: "Polityka prywatności i cookies" })).toHaveAttribute("href", "/polityka-prywatnosci");

        const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
        for (const other of others) {
          for (const email of other.emails) expect(text, `${other.id}'s e-mail on ${tenant.id}`).not.toContain(email);
          expect(text, `${other.id}'s legal name on ${tenant.id}`).not.toContain(other.legal);
        }

        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant.id}-home-${viewport.name}`);
        await expectNoAxeViolations(page);
      });

      test("regulation and privacy policy render", async ({ page }) => {
        await page.goto(tenantUrl(tenant.id, "/regulamin"));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.regulationTitle);
        await expect(page.getByTestId("document-meta")).toHaveText(/^Wersja \S+, obowiązuje od \d{2}\.\d{2}\.\d{4}$/);
        await expect(page.getByRole("heading", { level: 2, name: "§ 1. Postanowienia ogólne" })).toBeVisible();
        await expect(page.getByTestId("markdown").locator("ol").first()).toBeVisible();
        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant.id}-regulamin-${viewport.name}`);
        await expectNoAxeViolations(page);

        await page.getByRole("contentinfo").getByRole("link", { name: "Polityka prywatności i cookies" }).click();
        await expect(page).toHaveURL(tenantUrl(tenant.id, "/polityka-prywatnosci"));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.privacyTitle);
        await expect(page.getByRole("heading", { level: 2, name: "Pliki cookie" })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant.id}-polityka-${viewport.name}`);
        await expectNoAxeViolations(page);
      });
    });
  }
}

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto(tenantUrl("polo"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Przejdź do treści" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("brand stylesheet and favicon follow the host and may be cached per host", async ({ page }) => {
  // Opened on its own, a stylesheet has no icon link, so Chromium asks for /favicon.ico: it is sent on to the SVG.
  for (const tenant of tenants) {
    const css = await page.goto(tenantUrl(tenant.id, "/brand.css"));
    expect(css?.status()).toBe(200);
    expect(css?.headers()["content-type"]).toContain("text/css");
    expect(css?.headers()["cache-control"]).toBe("public, max-age=300");
    expect(css?.headers()["vary"]).toMatch(/host, x-forwarded-host/i);
    expect(await css?.text()).toContain(`--brand-primary: ${tenant.primary};`);

    const icon = await page.goto(tenantUrl(tenant.id, "/favicon.svg"));
    expect(icon?.status()).toBe(200);
    expect(icon?.headers()["content-type"]).toContain("image/svg+xml");

    const legacy = await page.goto(tenantUrl(tenant.id, "/favicon.ico"));
    expect(legacy?.request().redirectedFrom()?.url()).toBe(tenantUrl(tenant.id, "/favicon.ico"));
    expect(page.url()).toBe(tenantUrl(tenant.id, "/favicon.svg"));
    expect(legacy?.headers()["content-type"]).toContain("image/svg+xml");
  }
});

test("an unknown host gets the Polish 404 page without any tenant's branding", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const response = await page.goto(hostUrl("unknown.localhost"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
  await expect(page.locator('link[href="/brand.css"]')).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
  for (const tenant of tenants) {
    expect(text).not.toContain(tenant.product);
    for (const email of tenant.emails) expect(text).not.toContain(email);
  }
  await saveScreenshot(page, "unknown-host-404");
  await expectNoAxeViolations(page);
});

test("an unknown path on a tenant's host is a 404 in the tenant's shell", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const response = await page.goto(tenantUrl("polsp", "/nie-ma-takiej-strony"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
  await expect(page.getByRole("contentinfo")).toContainText("cok@polenergia-sprzedaz.pl");
  await expectNoAxeViolations(page);
});

test("the back-office host opens the console's sign-in, without any seller's branding", async ({ page }) => {
  await page.goto(hostUrl("admin.localhost"));
  await expect(page).toHaveURL(hostUrl("admin.localhost", "/konsola/logowanie"));
  await expect(page.getByRole("heading", { name: "Logowanie do konsoli" })).toBeVisible();
  await expect(page.locator('link[href="/brand.css"]')).toHaveCount(0);
  for (const tenant of tenants) await expect(page.getByText(tenant.legal)).toHaveCount(0);
});

for (const host of ["localhost", "127.0.0.1"]) {
  test(`the index on ${host} links every tenant's host with this port`, async ({ page }) => {
    const response = await page.goto(hostUrl(host));
    expect(response?.status()).toBe(200);
    const index = page.getByTestId("tenant-index");
    await expect(index.getByRole("listitem")).toHaveCount(tenants.length);
    for (const tenant of tenants) {
      const item = index.getByRole("listitem").filter({ has: page.getByRole("heading", { name: tenant.product, exact: true }) });
      await expect(item).toContainText(tenant.legal);
      await expect(item.getByRole("link")).toHaveAttribute("href", `http://${tenant.id}.localhost:${port}/`);
    }
    await saveScreenshot(page, `index-${host}`);
    await expectNoAxeViolations(page);

    await index.getByRole("link", { name: `http://polo.localhost:${port}/` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("mojBOK POLO");
  });
}

test.describe("S17 security headers", () => {
  const pages = [
    { name: "tenant home", url: tenantUrl("polo"), status: 200 },
    { name: "regulation", url: tenantUrl("mpec", "/regulamin"), status: 200 },
    { name: "unknown host", url: hostUrl("unknown.localhost"), status: 404 },
    { name: "dev index", url: hostUrl("localhost"), status: 200 },
  ];

  for (const p of pages) {
    test(`S17 ${p.name}: CSP with a fresh nonce on every script, nosniff, no framing`, async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 404/);
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await page.goto(p.url);
        expect(response?.status()).toBe(p.status);
        const headers = response!.headers();
        const csp = headers["content-security-policy"] ?? "";
        const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
        expect(nonce, "nonce in the CSP").toBeTruthy();
        nonces.push(nonce!);

        const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
        expect(scriptSrc).toContain(`'nonce-${nonce}'`);
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        const styleSrc = csp.split(";").find((d) => d.trim().startsWith("style-src")) ?? "";
        expect(styleSrc).not.toContain("'unsafe-inline'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
        expect(headers["referrer-policy"]).toBeTruthy();

        // Every script the server sent carries this response's nonce (the browser hides it from the DOM).
        const html = await response!.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
        // No inline style attributes: production's style-src would block them.
        expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    });
  }
});
