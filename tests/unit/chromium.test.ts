import { describe, expect, it } from "vitest";
import { chromiumExecutable, DEBIAN_CHROMIUM, INSTALL_CHROMIUM } from "@/tests/helpers/chromium";

/** Which browser the e2e run drives (tests/helpers/chromium.ts), on machines with and without one. */
const OWN = "/home/dev/.cache/ms-playwright/chromium-1234/chrome-linux/chrome";
const machine =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe("the e2e run's Chromium", () => {
  it.each([
    { name: "CHROMIUM_PATH wins", env: { CHROMIUM_PATH: "/opt/chrome" }, files: [DEBIAN_CHROMIUM, OWN], expected: "/opt/chrome" },
    { name: "Debian's Chromium (CI)", env: {}, files: [DEBIAN_CHROMIUM, OWN], expected: DEBIAN_CHROMIUM },
    { name: "Playwright's own when Debian's is absent", env: {}, files: [OWN], expected: OWN },
  ])("$name", ({ env, files, expected }) => {
    expect(chromiumExecutable(env, machine(...files), () => OWN)).toBe(expected);
  });

  it("neither installed: stops with the one command that installs Playwright's", () => {
    expect(() => chromiumExecutable({}, machine(), () => OWN)).toThrow(INSTALL_CHROMIUM);
  });
});
