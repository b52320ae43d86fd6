import { UAParser } from "ua-parser-js";

/**
 * "Chrome na Windows", "Safari na iPhone": the approximate device of a User-Agent, as the new-device
 * e-mail and "Aktywne sesje" show it (docs/accounts.md §16). The parsing is ua-parser-js's (1.x, MIT);
 * only its names are put into Polish words here. A User-Agent can be anything a client sends, so
 * this is a hint to the customer, never a proof.
 */
export const UNKNOWN_DEVICE = "Nieznane urządzenie";

const browserNames: Record<string, string> = {
  "Mobile Safari": "Safari",
  "Chrome Headless": "Chrome",
  "Chrome WebView": "Chrome",
  "Mobile Firefox": "Firefox",
  "Samsung Browser": "Samsung Internet",
};

const systemNames: Record<string, string> = { "Mac OS": "macOS", "Chromium OS": "ChromeOS" };

/** iPhone and iPad are named as the device; other systems by their name. */
function systemOf(result: UAParser.IResult): string | null {
  const model = result.device.model;
  if (result.os.name === "iOS" && (model === "iPhone" || model === "iPad" || model === "iPod touch")) return model;
  const name = result.os.name;
  return name ? (systemNames[name] ?? name) : null;
}

export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return UNKNOWN_DEVICE;
  const result = new UAParser(userAgent).getResult();
  const browser = result.browser.name ? (browserNames[result.browser.name] ?? result.browser.name) : null;
  const system = systemOf(result);
  if (browser && system) return `${browser} na ${system}`;
  if (browser) return browser;
  if (system) return `Przeglądarka na ${system}`;
  return UNKNOWN_DEVICE;
}
