import type { FormState } from "@/lib/actions/form-state";

/**
 * A form posted to a route handler (multipart, works without JavaScript) that fails validation is
 * sent back to its page with a 303; the errors and the typed text ride along in a short-lived,
 * httpOnly cookie scoped to the tickets pages. Files cannot be kept — the browser must pick them again.
 */
export const FLASH_COOKIE = "ticket_form";
export const FLASH_SECONDS = 120;
// Browsers keep about 4 KB per cookie; long text is shortened rather than the whole cookie dropped.
const MAX_COOKIE_CHARS = 3800;

type Flash = { form: string; fieldErrors?: Record<string, string[]>; formError?: string; values: Record<string, string> };

const encode = (flash: Flash) => Buffer.from(JSON.stringify(flash), "utf8").toString("base64url");

export function encodeFlash(flash: Flash): string {
  let encoded = encode(flash);
  const longest = Object.entries(flash.values).sort((a, b) => b[1].length - a[1].length)[0];
  for (let keep = longest?.[1].length ?? 0; encoded.length > MAX_COOKIE_CHARS && longest && keep > 0;) {
    keep = Math.floor(keep * 0.8);
    encoded = encode({ ...flash, values: { ...flash.values, [longest[0]]: longest[1].slice(0, keep) } });
  }
  return encoded.length > MAX_COOKIE_CHARS ? encode({ ...flash, values: {} }) : encoded;
}

/** The state for `form` ("new" or a ticket id) if the cookie holds one, else the idle state. */
export function decodeFlash(value: string | undefined, form: string): FormState {
  if (!value) return { status: "idle" };
  try {
    const flash = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Flash;
    if (flash.form !== form) return { status: "idle" };
    return { status: "error", fieldErrors: flash.fieldErrors, formError: flash.formError, values: flash.values };
  } catch {
    return { status: "idle" };
  }
}
