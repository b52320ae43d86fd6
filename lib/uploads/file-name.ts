/**
 * The name a user gave a file, cleaned for display only (S18): storage uses the row id, never this.
 * No directory parts ("../../x.pdf" → "x.pdf", "C:\\a\\b.pdf" → "b.pdf"), no control or bidi
 * characters, at most 120 characters with the extension kept.
 */
export const MAX_FILE_NAME = 120;

// C0/C1 controls and the bidirectional overrides that can make "gpj.exe" read as "exe.jpg".
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanFileName(name: string, fallback = "plik"): string {
  const lastPart = name.split(/[\\/]/).pop() ?? "";
  const cleaned = lastPart.normalize("NFC").replace(unsafeCharacters, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  if (!cleaned) return fallback;
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILE_NAME) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? Array.from(cleaned.slice(dot)) : [];
  return (
    chars
      .slice(0, MAX_FILE_NAME - extension.length)
      .join("")
      .trimEnd() + extension.join("")
  );
}

/** For Content-Disposition: an ASCII fallback plus the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\;]/g, "_");
  return `attachment; filename="${ascii || "plik"}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
