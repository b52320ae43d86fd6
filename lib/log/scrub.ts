/**
 * The free-text half of the log redaction (docs/decisions/0016-logs-and-outages.md): whatever reaches a log line
 * as text — an error message, a path, a provider's answer — loses what looks like a PESEL, a NIP, an
 * e-mail address, a `password=…`-style pair or a random token before it is written. The structured
 * half is pino's `redact` (lib/log/logger.ts), which removes known field names outright.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A random secret (one-time password, link token, session id): long, and mixed — a slug like "odzyskiwanie-hasla" is not. */
function looksRandom(word: string): boolean {
  if (uuid.test(word)) return false;
  return /\d/.test(word) || (/[a-z]/.test(word) && /[A-Z]/.test(word));
}

const rules: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // name=value / "name": "value" pairs of secrets, in query strings, JSON and messages.
  [
    /\b(password|passwd|hasło|haslo|token|code|kod|otp|secret|sekret|authorization|cookie)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
    (_m, name, sep) => `${name}${sep}[redacted]`,
  ],
  // "kod 483920", "hasło Abc123…" in a sentence: the word, then a value with a digit in it.
  [/\b(code|kod|otp|hasło|haslo|password)(\s+)(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{4,}/gi, (_m, name, space) => `${name}${space}[redacted]`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[e-mail]"],
  // PESEL (11 digits) and NIP (10 digits, with or without dashes); also catches other long numbers, on purpose.
  [/(?<![\d-])\d{11}(?![\d-])/g, "[PESEL]"],
  [/(?<![\d-])(?:\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})(?![\d-])/g, "[NIP]"],
  [/[A-Za-z0-9_-]{16,}/g, (word) => (looksRandom(word) ? "[token]" : word)],
];

export function scrub(text: string): string {
  let out = text;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement as string);
  return out;
}

/** Every string inside a log object, scrubbed (objects and arrays copied, nothing mutated). */
export function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}
