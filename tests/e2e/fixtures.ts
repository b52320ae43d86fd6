import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import polo from "@/tenants/polo";
import polsp from "@/tenants/polsp";
import mpec from "@/tenants/mpec";

export { expect };

export const port = process.env.E2E_PORT ?? "3100";

/** http://polo.localhost:3100/regulamin — Chromium resolves *.localhost to loopback by itself. */
export function tenantUrl(id: string, pathname = "/"): string {
  return `http://${id}.localhost:${port}${pathname}`;
}

export function hostUrl(host: string, pathname = "/"): string {
  return `http://${host}:${port}${pathname}`;
}

/**
 * What each tenant must show. POLO's and POLSp's contacts are written out from the documents, so a
 * wrong tenant file fails here; MPEC's are demonstration data, read from its tenant file.
 */
export const tenants = [
  {
    id: "polo",
    product: "mojBOK POLO",
    legal: "Polenergia Obrót S.A.",
    phone: "+48 718 898 888",
    emails: ["cok@polenergia.pl", "bok.obrot@polenergia.pl"],
    primary: polo.brand.primary,
    regulationTitle: polo.regulation.title,
    privacyTitle: polo.privacyPolicy.title,
  },
  {
    id: "polsp",
    product: "mojBOK POLSp",
    legal: "Polenergia Sprzedaż Sp. z o.o.",
    phone: "+48 718 898 888",
    emails: ["cok@polenergia-sprzedaz.pl", "bok@polenergia-sprzedaz.pl"],
    primary: polsp.brand.primary,
    regulationTitle: polsp.regulation.title,
    privacyTitle: polsp.privacyPolicy.title,
  },
  {
    id: "mpec",
    product: "eBOK",
    legal: mpec.names.legal,
    phone: mpec.contacts.phone,
    emails: [mpec.contacts.emailIndividual, mpec.contacts.emailBusiness],
    primary: mpec.brand.primary,
    regulationTitle: mpec.regulation.title,
    privacyTitle: mpec.privacyPolicy.title,
  },
] as const;

export type TenantExpectation = (typeof tenants)[number];

export const viewports = [
  { name: "390", width: 390, height: 844 },
  { name: "1280", width: 1280, height: 800 },
] as const;

/** "#0b3b5c" → "rgb(11, 59, 92)", the form getComputedStyle reports. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams a page's <title> with its metadata, and after a client-side navigation sets it a moment
  // after the new content shows: wait for it, or axe may look at the page in between (a rare flake).
  await page.waitForFunction(() => document.title.trim() !== "");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations, "axe violations").toEqual([]);
}

/** Full-page screenshots for people to look at (tests/e2e/screenshots/ is git-ignored). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join("tests", "e2e", "screenshots", `${name}.png`), fullPage: true });
}

/** The page must not scroll sideways (a 390 px phone shows everything by wrapping). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/** The page as it is now: no sideways scroll, photographed as `name`, and nothing for axe to report. */
export async function checkAndSave(page: Page, name: string): Promise<void> {
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, name);
  await expectNoAxeViolations(page);
}

/**
 * Photographs the page at each width of `viewports` after checking it there (`check`: no sideways
 * scroll by default), then returns to 1280 px.
 */
export async function shootAtEveryWidth(
  page: Page,
  name: string,
  check: (page: Page) => Promise<void> = expectNoHorizontalScroll,
  save: (page: Page, name: string) => Promise<void> = saveScreenshot,
): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await check(page);
    await save(page, `${name}-${viewport.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Nothing is wider than the screen: the page does not scroll sideways, no table is wider than the box
 * it sits in, and no box scrolls its content sideways (a list must fit, not hide its last columns).
 */
export async function expectNothingOverflows(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").slice(0, 3).join(".")}` : ""}`;
    if (root.scrollWidth > window.innerWidth) {
      // Name the innermost elements that stick out, so a failure says where to look.
      const out = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
      const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other))).slice(0, 5);
      // Text can stick out of a box that does not: name the parents of such text too.
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && texts.length < 5; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        // Text of a visually hidden element (sr-only) is clipped: it cannot stick out.
        if (node.parentElement?.closest(".sr-only")) continue;
        if (range.getBoundingClientRect().right > window.innerWidth + 1) texts.push(`${name(node.parentElement!)} "${node.textContent!.trim().slice(0, 40)}"`);
      }
      found.push(`page: scrollWidth ${root.scrollWidth} > innerWidth ${window.innerWidth} (${[...innermost.map(name), ...texts].join(", ")})`);
    }
    for (const table of document.querySelectorAll("table")) {
      if (table.getClientRects().length === 0) continue;
      const box = table.parentElement!;
      if (table.offsetWidth > box.clientWidth + 1) found.push(`${name(table)}: ${table.offsetWidth} px in a ${box.clientWidth} px box`);
    }
    for (const el of document.querySelectorAll("body *")) {
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)}: scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return found;
  });
  expect(problems, `overflow at ${page.viewportSize()?.width} px on ${page.url()}`).toEqual([]);
}

type ConsoleGuard = { allowed: RegExp[] };

/**
 * Every test fails on a console error or an uncaught exception in the page (docs/style.md §9). CSP
 * violations are reported as console errors, so a blocked inline style or script fails the test.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard; allowConsoleErrors: (pattern: RegExp) => void }>({
  consoleGuard: [
    // "provide" is Playwright's `use`, renamed so the React hooks lint rule does not mistake it for React's.
    async ({ page }, provide) => {
      const guard: ConsoleGuard = { allowed: [] };
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${message.text()} @ ${message.location().url}`);
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      await provide(guard);
      const unexpected = errors.filter((e) => !guard.allowed.some((pattern) => pattern.test(e)));
      expect(unexpected, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  allowConsoleErrors: async ({ consoleGuard }, provide) => {
    await provide((pattern) => consoleGuard.allowed.push(pattern));
  },
});

/** Opens a module by its link in the portal's navigation (the first, where the header and the menu both have it). */
export async function openFromNavigation(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: label, exact: true }).first().click();
}

/** Fills form fields, each found by its CSS selector, in the order given. */
export async function fillFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(fields)) await page.locator(selector).fill(value);
}
