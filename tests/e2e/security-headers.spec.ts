import { expect, tenantUrl, test } from "./fixtures";
import { createAccount } from "./recovery-accounts";
import { submitSignIn } from "./sign-in-helpers";

/** S17: the headers of the sign-in page and of a portal page, on the production build. */
function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["referrer-policy"]).toBeTruthy();
}

test("S17: the sign-in page sends the security headers, with a fresh nonce per response", async ({ page }) => {
  const first = await page.goto(tenantUrl("polo", "/"));
  expectSecurityHeaders(first!.headers());
  const second = await page.goto(tenantUrl("polo", "/"));
  const nonce = (h: Record<string, string>) => /'nonce-([^']+)'/.exec(h["content-security-policy"] ?? "")?.[1];
  expect(nonce(second!.headers())).not.toBe(nonce(first!.headers()));
});

test("S17: a portal page sends the security headers and is not cached", async ({ page }) => {
  const account = await createAccount("polo");
  await submitSignIn(page, "polo", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
  const response = await page.goto(tenantUrl("polo", "/pulpit"));
  expectSecurityHeaders(response!.headers());
  expect(response!.headers()["cache-control"] ?? "").toMatch(/no-store|private|no-cache/);
});
