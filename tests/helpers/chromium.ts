import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** The one command that installs Playwright's own Chromium. */
export const INSTALL_CHROMIUM = "npx playwright install chromium";
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The flags every Chromium we start gets (e2e tests and the Lighthouse bench): no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The browser the e2e tests drive: CHROMIUM_PATH when set, else Debian's Chromium (as in .ci/run),
 * else Playwright's own Chromium when it is installed. With none of them it throws at once with the
 * command that installs one, before anything is built.
 */
export function chromiumExecutable(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
  playwrightChromium: () => string = () => chromium.executablePath(),
): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = playwrightChromium();
  if (own && exists(own)) return own;
  throw new Error(
    `No Chromium for the end-to-end tests: ${DEBIAN_CHROMIUM} is absent and Playwright's own Chromium is not installed. Install it with:\n\n  ${INSTALL_CHROMIUM}\n`,
  );
}
