import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNothingOverflows } from "./fixtures";

/**
 * 200 % browser zoom of a 1280 px screen, emulated as a 640 px-wide viewport at device scale factor 2
 * (docs/portal.md §16): zoom halves the CSS pixels the page is laid out in and doubles the device
 * pixels per CSS pixel, which is exactly this — media queries, wrapping and overflow behave as when a
 * person presses Ctrl + twice. CSS `zoom` on the page would not: breakpoints would still see 1280 px.
 */
export const zoom200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } as const;

/** The focused element draws a clear ring: an outline at least 2 px wide that is not "none". */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { tag: el.tagName, style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(ring, "something has focus").not.toBeNull();
  expect(ring!.style, `outline of the focused ${ring!.tag}`).not.toBe("none");
  expect(ring!.width, `outline width of the focused ${ring!.tag}`).toBeGreaterThanOrEqual(2);
}

/**
 * At the zoom of `zoom200`, on a freshly opened page: nothing sticks out, axe finds nothing, the first
 * Tab shows "Przejdź do treści" on screen with a focus ring, Enter moves focus to the content, and the
 * next Tab lands inside the content, ringed too.
 */
export async function expectZoomedPageAccessible(page: Page): Promise<void> {
  await expectNothingOverflows(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Przejdź do treści" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement) && document.activeElement !== document.querySelector("main")),
  ).toBe(true);
  await expectVisibleFocus(page);
}
