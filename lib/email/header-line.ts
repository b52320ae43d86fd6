/**
 * S28 (docs/security.md): a value that becomes an e-mail header (Subject, To, From, Reply-To) is
 * one clean line. A ticket subject typed as "x\r\nBcc: someone@evil" must not start a header of its
 * own at the provider, nor a "\u2028" break a line in a client that honours it. Applied once, where a
 * message is rendered and where its outbox row is written (lib/email/render.ts, send.ts) — not in
 * each template, so a new template cannot forget it.
 */

/** Longest subject we send: readable in every client, far below the 998-character line limit. */
export const MAX_SUBJECT_LENGTH = 200;

// C0 and C1 controls (CR, LF, TAB, NUL, NEL…), DEL, the Unicode line and paragraph separators and
// every other white space: one space each run.
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;
// Invisible format characters that reorder or hide text (bidi overrides, zero-width): dropped.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** One line: breaks and controls become a space, invisible characters go, ends trimmed, length capped. */
export function headerLine(value: string, maxLength = MAX_SUBJECT_LENGTH): string {
  const line = value.replace(INVISIBLE, "").replace(BREAKS, " ").trim();
  // Counted and cut in code points, never inside a surrogate pair.
  const chars = [...line];
  return chars.length <= maxLength
    ? line
    : `${chars
        .slice(0, maxLength - 1)
        .join("")
        .trimEnd()}…`;
}

/** An address has no spaces at all: whatever a line break or control left behind is removed. */
export function headerAddress(value: string): string {
  return value.replace(INVISIBLE, "").replace(BREAKS, "");
}

/** headerAddress's characters as a PostgreSQL regular expression, for an INSERT … SELECT of many recipients. */
export const SQL_ADDRESS_NOISE = String.raw`[\x01-\x1f\x7f-\x9f\s\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]`;
