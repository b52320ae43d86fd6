import { readFileSync } from "node:fs";
import fc from "fast-check";

/**
 * Shared pieces of the fuzz tests (docs/decisions/0010-fuzzing.md): how many runs, which seed, the
 * nasty inputs, and what an answer may contain. `npm test` runs few cases with a fixed seed, so a
 * failure reproduces; `npm run fuzz` sets FUZZ_RUNS and a new seed each time. fast-check prints the
 * seed and path of a failure; FUZZ_SEED=<seed> replays it.
 */

export const DEFAULT_SEED = 20261121;

export function fuzzRuns(defaultRuns: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : defaultRuns;
}

export function fuzzSeed(): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : DEFAULT_SEED;
}

export function fuzzParams(defaultRuns: number): fc.Parameters<unknown> {
  return { numRuns: fuzzRuns(defaultRuns), seed: fuzzSeed() };
}

// ---- strings -------------------------------------------------------------------------------

const polishChars = [..."aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ0123456789 .,-_@'\"/"];

/** Inputs that have broken parsers, databases and templates before. */
export const nastyConstants = [
  "",
  " ",
  "   \t\n ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "مرحبا",
  "👍🏽‍🔥🇵🇱",
  "\uFEFF",
  "\uD800",
  "\uDFFFx",
  "\r\n",
  "\\",
  "' OR 1=1 --",
  '"; DROP TABLE accounts; --',
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "%00%0d%0a",
  "${7*7}{{7*7}}",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "-1",
  "0x1F",
  "9".repeat(400),
  "null",
  "undefined",
  "[]",
  "{}",
  "[1,2",
  "true",
  "__proto__",
  "constructor",
  "$K1",
  "$@1",
  "$$",
  "Zażółć gęślą jaźń",
  "ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
  "00-950",
  "44051401359",
  "1234563218",
  "2026-02-30",
  "31.12.9999",
  "jan.kowalski@example.pl",
  "a@b",
  "+48 600 100 200",
];

const polishText = fc.string({ unit: fc.constantFrom(...polishChars), maxLength: 60 });

/** Long, but not so long that every case pays for it: past the forms' 4000-character limit. */
const longText = fc
  .integer({ min: 3990, max: 20_000 })
  .chain((n) => fc.constantFrom("ż".repeat(n), "a".repeat(n), "9".repeat(n), "💥".repeat(Math.ceil(n / 2))));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyConstants) },
  { weight: 3, arbitrary: polishText },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: longText },
);

/** The field names of our forms (lib/accounts/schemas, my-data, payments, meters, console). */
export const formFieldNames = [
  "login",
  "password",
  "remember",
  "customerType",
  "pesel",
  "nip",
  "contractNumber",
  "customerNumber",
  "loginRepeat",
  "phone",
  "email",
  "regulation",
  "dataProcessing",
  "eInvoice",
  "cookies",
  "marketing",
  "e_invoice",
  "proof",
  "invoiceNumber",
  "settlementAmount",
  "altcha",
  "captcha",
  "token",
  "otp",
  "oneTimePassword",
  "newPassword",
  "repeat",
  "repeatPassword",
  "currentPassword",
  "passwordRepeat",
  "street",
  "building",
  "apartment",
  "postalCode",
  "city",
  "point",
  "date",
  "value",
  "scope",
  "documents",
  "confirmedAmount",
  "id",
  "code",
  "version",
  "title",
  "markdown",
  "effectiveDate",
  "tenantId",
  "role",
  "tenant_polo",
  "tenant_polsp",
  "tenant_mpec",
  "disabled",
  "label",
  "zgloszenie",
  "notatka",
  "status",
  "accept",
  "accountId",
  "customerId",
  "kategoria",
  "temat",
  "wiadomosc",
  "umowa",
  "punkt",
] as const;

export const fieldName: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...formFieldNames) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "0", "$ACTION_ID_x", "$ACTION_KEY", "__proto__", "a[b]", "ą ę", "x".repeat(300)) },
);

/** A form's fields as FormData would carry them: any names, duplicates allowed, in any order. */
export const formFields: fc.Arbitrary<[string, string][]> = fc.array(fc.tuple(fieldName, anyText), { maxLength: 14 });

// ---- what an answer may say ----------------------------------------------------------------

const POLISH =
  /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(nie|pole|podaj|wybierz|wpisz|brak|jest|lub|się|musi|wiersz|kod|hasło|hasła|konto|za|zbyt|oczekiwano|nieznany|nieznane|nieznana)\b/i;
const ENGLISH = /\b(invalid|expected|received|required|must|error|too (big|small)|failed|unexpected|cannot|undefined is)\b/i;

/** A message meant for a person: Polish, not a library's English default. */
export function isPolishMessage(message: string): boolean {
  return message.trim().length > 0 && POLISH.test(message) && !ENGLISH.test(message);
}

/** Frames and paths of a stack trace, or an error's class name, anywhere in a response. */
const STACK =
  /\n\s+at\s|\bat\s+[\w.<>$]+\s+\(|\b(TypeError|ReferenceError|RangeError|SyntaxError|Error):\s|\/work\/|\.next\/server|node_modules\/|webpack-internal:/;

export function stackTraceIn(body: string): string | null {
  const match = STACK.exec(body);
  return match ? body.slice(Math.max(0, match.index - 80), match.index + 120) : null;
}

// ---- import files (docs/import-format.md §3) ----------------------------------------------------------------

const fixtureRecords = readFileSync("tests/fixtures/import/valid-polo.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Record<string, unknown>);

const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyText, fc.constantFrom(1e308, -0, 2 ** 53 + 1, 123.456789, "123.4", "12,30", "9999999999999.99"));

/** A record of the valid fixture with one field broken, dropped, added or nested wrongly. */
export const mutatedRecord = fc
  .tuple(fc.constantFrom(...fixtureRecords), fc.nat(), jsonValue, fc.constantFrom("set", "drop", "add", "address"))
  .map(([record, at, value, how]) => {
    const copy: Record<string, unknown> = structuredClone(record);
    const keys = Object.keys(copy);
    const key = keys[at % keys.length]!;
    if (how === "set") copy[key] = value;
    else if (how === "drop") delete copy[key];
    else if (how === "add") copy[`x${at % 7}`] = value;
    else copy.address = { ...(typeof copy.address === "object" ? copy.address : {}), [["street", "postalCode", "city", "building"][at % 4]!]: value };
    return JSON.stringify(copy);
  });

/** Ids of fuzzed customers start with this, so a test can look for what a file wrote. */
export const FUZZ_ID_PREFIX = "FZ-";

/** A customer that is valid but for its nasty texts (NUL, RTL, emoji, 20 000 characters…). */
export const nastyCustomer = fc
  .tuple(fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(..."ABCXYZ0123456789") }), anyText, anyText)
  .map(([id, name, city]) =>
    JSON.stringify({
      type: "customer",
      id: `${FUZZ_ID_PREFIX}${id}`,
      kind: "individual",
      pesel: "44051401359",
      customerNumber: `N-${id}`,
      name,
      address: { street: "ul. Długa", building: "1", postalCode: "00-001", city },
    }),
  );

/** A line that is never a valid record. */
export const importGarbageLine = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  anyText,
  fc.tuple(fc.constantFrom(...fixtureRecords), fc.nat()).map(([r, n]) => {
    const text = JSON.stringify(r);
    return text.slice(0, n % text.length); // truncated
  }),
  fc.constantFrom(
    '{"type":"invoice","gross":1e400}',
    '{"type":"customer","id":"X","id":"Y"}',
    '{"__proto__":{"type":"customer"}}',
    "{",
    "]",
    "\u0000",
    "{}\u0000",
    '{"type":null}',
  ),
);

const importLine: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: mutatedRecord },
  { weight: 2, arbitrary: nastyCustomer },
  { weight: 2, arbitrary: importGarbageLine },
  { weight: 1, arbitrary: fc.constantFrom(...fixtureRecords).map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }) }, // mostly invalid UTF-8
);

export type FuzzFile = { bytes: Buffer; chunks: Buffer[] };

/** Lines joined by LF or CRLF, maybe with a BOM and a trailing newline, cut into arbitrary chunks. */
export const importFile: fc.Arbitrary<FuzzFile> = fc
  .record({
    lines: fc.array(importLine, { minLength: 0, maxLength: 12 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    trailing: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 5 }),
  })
  .map(({ lines, crlf, bom, trailing, cuts }) => {
    const newline = Buffer.from(crlf ? "\r\n" : "\n");
    const parts: Buffer[] = bom ? [Buffer.from([0xef, 0xbb, 0xbf])] : [];
    lines.forEach((l, i) => {
      if (i > 0) parts.push(newline);
      parts.push(typeof l === "string" ? Buffer.from(l, "utf8") : Buffer.from(l));
    });
    if (trailing) parts.push(newline);
    const bytes = Buffer.concat(parts);
    const points = [...new Set(cuts.map((c) => (bytes.length ? c % bytes.length : 0)))].sort((a, b) => a - b);
    const chunks: Buffer[] = [];
    let from = 0;
    for (const p of [...points, bytes.length]) {
      chunks.push(bytes.subarray(from, p));
      from = p;
    }
    return { bytes, chunks };
  });
