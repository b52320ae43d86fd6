import type { APIRequestContext, FrameLocator, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expect, expectNoHorizontalScroll, port, rgb, saveScreenshot, tenants, test, viewports } from "./fixtures";
import { consoleUrl, staffSession } from "./staff";
import { pdfText } from "@/tests/helpers/pdf-text";

/**
 * Issue 5 item 5, theme preview: every tenant in scope side by side, each screen at phone and
 * desktop width, on demo data; the preview frames are the only framable pages (S17).
 */
const allTenants = tenants.map((t) => t.id);
const column = (page: Page, id: string) => page.getByTestId(`preview-column-${id}`);
const frame = (page: Page, id: string, size: "phone" | "desktop"): FrameLocator => column(page, id).frameLocator(`[data-testid="preview-frame-${size}"]`);

async function openScreen(page: Page, screen: string) {
  await page.goto(consoleUrl(`/konsola/podglad?ekran=${screen}`));
  await expect(page.getByRole("heading", { level: 1, name: "Podgląd motywów" })).toBeVisible();
}

type Answer = { status: number; headers: Record<string, string>; body: number[] };

/** A GET from inside the console page: the browser resolves *.localhost and sends the staff cookie. */
async function consoleGet(page: Page, pathname: string): Promise<Answer> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { redirect: "manual" });
    const body = response.type === "opaqueredirect" ? [] : Array.from(new Uint8Array(await response.arrayBuffer()));
    return { status: response.type === "opaqueredirect" ? 302 : response.status, headers: Object.fromEntries(response.headers), body };
  }, pathname);
}

/** A GET without any session, to a host by name (Node can't resolve *.localhost itself). */
async function anonymousGet(request: APIRequestContext, host: string, pathname: string) {
  return request.get(`http://127.0.0.1:${port}${pathname}`, { headers: { Host: `${host}:${port}` }, maxRedirects: 0 });
}

/**
 * axe over the overview and the page previews inside it. Not inside the e-mail (a sandbox without
 * scripts: axe can't run there; the templates have their own tests) nor the browser's PDF viewer.
 */
async function expectOverviewAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .exclude('iframe[sandbox=""]')
    .exclude('[data-testid="preview-frame-pdf"]')
    .analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations, "axe violations").toEqual([]);
}

test.describe("console theme preview", () => {
  test("login and registration: all three tenants side by side, at phone and desktop width", async ({ page }) => {
    await staffSession(page, "staff", allTenants);
    await page.setViewportSize({ width: 1280, height: 800 });

    await openScreen(page, "logowanie");
    await expect(page.getByRole("link", { name: "Logowanie" })).toHaveAttribute("aria-current", "page");
    for (const t of tenants) {
      await expect(column(page, t.id).getByRole("heading", { level: 2 })).toContainText(t.product);
      await expect(column(page, t.id)).toContainText(t.legal);
      for (const size of ["phone", "desktop"] as const) {
        const f = frame(page, t.id, size);
        await expect(f.getByTestId("product-name")).toHaveText(t.product);
        await expect(f.getByTestId("hero")).toHaveCSS("background-color", rgb(t.primary));
        await expect(f.getByTestId("sign-in-form")).toBeVisible();
        // The preview can't be used: the whole screen is inert and the frame may not submit forms.
        await expect(f.getByTestId("preview-screen")).toHaveAttribute("inert", "");
      }
      await expect(column(page, t.id).getByTestId("preview-frame-phone")).toHaveAttribute("sandbox", "allow-same-origin allow-scripts");
    }
    await expectOverviewAxeClean(page);
    await saveScreenshot(page, "console-preview-logowanie-1280");

    await openScreen(page, "rejestracja");
    for (const t of tenants) {
      const f = frame(page, t.id, "phone");
      await expect(f.getByTestId("product-name")).toHaveText(t.product);
      await expect(f.getByTestId("registration-form")).toBeVisible();
    }
    await expect(frame(page, "polo", "desktop").getByLabel(/^PESEL/)).toBeVisible();
    await expect(frame(page, "mpec", "desktop").getByLabel(/Numer odbiorcy/)).toBeVisible();
    await expectOverviewAxeClean(page);
    await saveScreenshot(page, "console-preview-rejestracja-1280");
  });

  test("dashboard: each tenant's Pulpit with a demo customer's balance, payment and consumption", async ({ page }) => {
    await staffSession(page, "staff", allTenants);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openScreen(page, "pulpit");
    for (const t of tenants) {
      for (const size of ["phone", "desktop"] as const) {
        const f = frame(page, t.id, size);
        await expect(f.getByTestId("product-name")).toHaveText(t.product);
        await expect(f.getByTestId("balance-amount")).toContainText("zł");
        await expect(f.getByTestId("customer-name")).not.toBeEmpty();
        await expect(f.getByTestId("consumption-quantity").first()).toBeVisible();
      }
    }
    await expectOverviewAxeClean(page);
    await saveScreenshot(page, "console-preview-pulpit-1280");
  });

  test("e-mail and invoice PDF: the tenant's brand in a rendered message and its legal name in the PDF", async ({ page, allowConsoleErrors }) => {
    // The e-mail frame is sandboxed without scripts: the test tools' own scripts are refused there too.
    allowConsoleErrors(/Blocked script execution in '[^']*\/konsola\/podglad\/[a-z]+\/email' because the document's frame is sandboxed/);
    await staffSession(page, "staff", allTenants);
    await page.setViewportSize({ width: 1280, height: 800 });

    await openScreen(page, "email");
    for (const t of tenants) {
      await expect(column(page, t.id)).toContainText("Temat: Nowa odpowiedź w sprawie");
      await expect(column(page, t.id).getByTestId("preview-frame-phone")).toHaveAttribute("sandbox", "");
      for (const size of ["phone", "desktop"] as const) {
        await expect(frame(page, t.id, size).locator("body")).toContainText(t.product);
        await expect(frame(page, t.id, size).locator("body")).toContainText("Przeczytaj odpowiedź");
      }
    }
    const email = await consoleGet(page, "/konsola/podglad/polsp/email");
    expect(email.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(email.headers["content-security-policy"]).not.toContain("script-src");
    await expectOverviewAxeClean(page);
    // Tall enough that no frame is below the fold: Chromium doesn't paint an out-of-process (sandboxed) frame it can't see.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await saveScreenshot(page, "console-preview-email-1280");

    await openScreen(page, "faktura");
    for (const t of tenants) {
      await expect(column(page, t.id).getByRole("link", { name: `Pobierz fakturę (PDF) — ${t.product}` })).toBeVisible();
      const response = await consoleGet(page, `/konsola/podglad/${t.id}/faktura.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      expect(response.headers["content-disposition"]).toMatch(/^inline; filename="/);
      const text = await pdfText(Buffer.from(response.body));
      // The seller's legal name and its BOK contacts head the invoice, not the portal's name.
      expect(text).toContain(t.legal);
      expect(text).toContain(t.phone);
    }
    await expectOverviewAxeClean(page);
    // The browser's PDF viewer paints its page a moment after the document loads.
    await page.waitForTimeout(2_000);
    await saveScreenshot(page, "console-preview-faktura-1280");
  });

  test("at phone width the tenants stack, nothing scrolls sideways, axe is clean", async ({ page, allowConsoleErrors }) => {
    test.setTimeout(150_000);
    allowConsoleErrors(/Blocked script execution in '[^']*\/konsola\/podglad\/[a-z]+\/email' because the document's frame is sandboxed/);
    await staffSession(page, "staff", allTenants);
    const phone = viewports.find((v) => v.name === "390")!;
    await page.setViewportSize({ width: phone.width, height: phone.height });
    for (const screen of ["logowanie", "pulpit", "email"]) {
      await openScreen(page, screen);
      for (const t of tenants) await expect(frame(page, t.id, "phone").locator("body")).toContainText(t.product);
      const [first, second] = [await column(page, "polo").boundingBox(), await column(page, "polsp").boundingBox()];
      expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // one under another
      await expectNoHorizontalScroll(page);
      await expectOverviewAxeClean(page);
      await saveScreenshot(page, `console-preview-${screen}-390`);
    }
  });

  test("a full-size preview page shows the tenant's own look (screenshots per tenant)", async ({ page }) => {
    test.setTimeout(120_000);
    await staffSession(page, "staff", allTenants);
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const t of tenants) {
        await page.goto(consoleUrl(`/konsola/podglad/${t.id}/pulpit`));
        await expect(page.getByTestId("product-name")).toHaveText(t.product);
        await expect(page.getByTestId("preview-note")).toContainText("dane przykładowe");
        await expect(page.getByTestId("site-header")).toHaveCSS("border-top-color", rgb(t.primary));
        await saveScreenshot(page, `console-preview-${t.id}-pulpit-${viewport.name}`);
      }
    }
  });

  test("staff scoped to POLO see only POLO and get 404 for every POLSp preview", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404 \(Not Found\) @ http:\/\/admin\.localhost:\d+\/konsola\/podglad\/(polsp|nieznany)\//);
    await staffSession(page, "staff", ["polo"]);
    await openScreen(page, "logowanie");
    await expect(column(page, "polo")).toBeVisible();
    await expect(page.locator('[data-testid^="preview-column-"]')).toHaveCount(1);
    await expect(page.getByText("mojBOK POLSp")).toHaveCount(0);
    await expect(frame(page, "polo", "phone").getByTestId("product-name")).toHaveText("mojBOK POLO");

    for (const screen of ["logowanie", "rejestracja", "pulpit", "email", "faktura.pdf", "nieznany"]) {
      expect((await consoleGet(page, `/konsola/podglad/polsp/${screen}`)).status, screen).toBe(404);
    }
    expect((await consoleGet(page, "/konsola/podglad/nieznany/pulpit")).status).toBe(404);
    expect((await consoleGet(page, "/konsola/podglad/polo/faktura.pdf")).status).toBe(200);
  });

  test("without a console session or on a tenant's host there is no preview", async ({ request }) => {
    for (const screen of ["pulpit", "email", "faktura.pdf"]) {
      const anonymous = await anonymousGet(request, "admin.localhost", `/konsola/podglad/polo/${screen}`);
      expect(anonymous.status(), screen).toBe(307);
      expect(anonymous.headers()["location"], screen).toMatch(/\/konsola\/logowanie$/);
      expect((await anonymousGet(request, "polo.localhost", `/konsola/podglad/polo/${screen}`)).status(), screen).toBe(404);
    }
  });

  test("S17: only the preview frames may be framed, by the console itself; every other page refuses framing", async ({ page, request, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404 \(Not Found\) @ http:\/\/admin\.localhost:\d+\/konsola\/podglad\/polo$/);
    await staffSession(page, "staff", allTenants);
    const refuses = (where: string, headers: Record<string, string>) => {
      expect(headers["x-frame-options"], where).toBe("DENY");
      expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
    };
    for (const pathname of ["/konsola", "/konsola/podglad", "/konsola/podglad?ekran=pulpit", "/konsola/podglad/polo"])
      refuses(pathname, (await consoleGet(page, pathname)).headers);
    for (const [host, pathname] of [
      ["admin.localhost", "/konsola/logowanie"],
      ["polo.localhost", "/"],
      ["polsp.localhost", "/rejestracja"],
      ["localhost", "/"],
    ] as const) {
      refuses(`${host}${pathname}`, (await anonymousGet(request, host, pathname)).headers());
    }

    for (const screen of ["logowanie", "rejestracja", "pulpit", "email", "faktura.pdf"]) {
      const { headers } = await consoleGet(page, `/konsola/podglad/polo/${screen}`);
      expect(headers["x-frame-options"], screen).toBe("SAMEORIGIN");
      expect(headers["content-security-policy"], screen).toContain("frame-ancestors 'self'");
      expect(headers["content-security-policy"], screen).not.toContain("frame-ancestors 'none'");
    }

    // In the browser: the console can frame a preview but not one of its own ordinary pages.
    allowConsoleErrors(/frame-ancestors|Refused to display/);
    await openScreen(page, "logowanie");
    await page.evaluate(() => {
      for (const [id, src] of [
        ["framed-preview", "/konsola/podglad/polo/logowanie"],
        ["framed-console", "/konsola"],
      ]) {
        const iframe = document.createElement("iframe");
        iframe.id = id!;
        iframe.title = id!;
        iframe.src = src!;
        document.body.append(iframe);
      }
    });
    await expect(page.frameLocator("#framed-preview").getByTestId("product-name")).toHaveText("mojBOK POLO");
    await expect.poll(() => framedConsoleUrl(page)).toMatch(/^chrome-error:/);
  });
});

/** The URL the blocked frame ended on (Chromium replaces a refused document with its error page). */
async function framedConsoleUrl(page: Page): Promise<string> {
  const handle = await page.$("#framed-console");
  const content = await handle?.contentFrame();
  return content?.url() ?? "";
}
