/**
 * Rows in PostgreSQL's COPY text format (one line per row, tab between columns, `\N` for NULL), the
 * fastest way into the staging tables: the server parses it without a JSON step, and the same bytes
 * serve postgres.js (`COPY … FROM STDIN`) and PGlite (`COPY … FROM '/dev/blob'`).
 * Strings reaching here were checked by prepareLine: no U+0000, no lone surrogate.
 */

const special = /[\\\n\r\t]/;
const escapes: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeText(text: string): string {
  return special.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => escapes[c]!) : text;
}

/** `{"a","b"}`: every element quoted, so commas, braces and spaces in it need no further thought. */
function arrayLiteral(items: unknown[]): string {
  return `{${items.map((item) => (item === null || item === undefined ? "NULL" : `"${String(item).replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(",")}}`;
}

export type Encoder = (value: unknown) => string;

const NULL = "\\N";

const scalar: Encoder = (value) => {
  if (value === null || value === undefined) return NULL;
  if (typeof value === "boolean") return value ? "t" : "f";
  return escapeText(String(value));
};
const json: Encoder = (value) => (value === null || value === undefined ? NULL : escapeText(JSON.stringify(value)));
const array: Encoder = (value) => (value === null || value === undefined ? NULL : escapeText(arrayLiteral(value as unknown[])));

/** The encoder for a column of this PostgreSQL type (as named in tables.ts). */
export function encoderFor(type: string): Encoder {
  if (type === "jsonb") return json;
  if (type.endsWith("[]")) return array;
  return scalar;
}

/** One row: the values in the staging table's column order, each through its column's encoder. */
export function copyLine(encoders: Encoder[], values: unknown[]): string {
  let out = encoders[0]!(values[0]);
  for (let i = 1; i < encoders.length; i++) out += `\t${encoders[i]!(values[i])}`;
  return `${out}\n`;
}
