/**
 * Polish words for an amount, as printed under "Do zapłaty" ("słownie: sto dwadzieścia trzy złote
 * 45/100"). Written here rather than pulled from npm: the packages found are unmaintained, and the
 * grammar is small — the noun after a number takes one of three forms (1 złoty, 2–4 złote, 5+ złotych,
 * but 12–14 złotych and 22–24 złote).
 */
const ones = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"];
const teens = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"];
const tens = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"];
const hundreds = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"];

type Forms = readonly [one: string, few: string, many: string];
const groups: Forms[] = [
  ["", "", ""],
  ["tysiąc", "tysiące", "tysięcy"],
  ["milion", "miliony", "milionów"],
  ["miliard", "miliardy", "miliardów"],
];
const zloty: Forms = ["złoty", "złote", "złotych"];

/** The form of a noun after `n`: 1 → one, 2–4 (not 12–14) in the last digit → few, else many. */
export function pluralForm(n: number, forms: Forms): string {
  if (n === 1) return forms[0];
  const lastTwo = n % 100;
  const last = n % 10;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms[1];
  return forms[2];
}

function belowThousand(n: number): string[] {
  const words = [hundreds[Math.floor(n / 100)]!];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(teens[rest - 10]!);
  else words.push(tens[Math.floor(rest / 10)]!, ones[rest % 10]!);
  return words.filter(Boolean);
}

/** A whole number in words ("zero", "dwa tysiące pięć", "milion"). */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n === 0) return "zero";
  const words: string[] = [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = Math.floor(n / 1000 ** g) % 1000;
    if (value === 0) continue;
    // "tysiąc", "milion": a lone one of a group is not said ("jeden tysiąc" is not used on invoices).
    if (g > 0 && value === 1) words.push(groups[g]![0]);
    else words.push(...belowThousand(value), ...(g > 0 ? [pluralForm(value, groups[g]!)] : []));
  }
  if (n >= 1000 ** groups.length) throw new RangeError(`too large: ${n}`);
  return words.join(" ");
}

/** Grosze → "sto dwadzieścia trzy złote 45/100"; a negative amount (a correction) starts with "minus". */
export function amountInWords(grosze: number): string {
  const abs = Math.abs(Math.round(grosze));
  const zl = Math.floor(abs / 100);
  const gr = String(abs % 100).padStart(2, "0");
  return `${grosze < 0 ? "minus " : ""}${numberInWords(zl)} ${pluralForm(zl, zloty)} ${gr}/100`;
}
