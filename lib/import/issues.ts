import type { z } from "zod";

/** Turns zod issues into one Polish reason for a bad line, naming each field as the CRM wrote it. */

const typeNames: Record<string, string> = {
  string: "tekst",
  number: "liczba",
  boolean: "wartość logiczna",
  object: "obiekt",
  array: "lista",
};

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const prefix = field ? `${field}.` : "";
      return `nieznane pole ${issue.keys.map((k) => `"${prefix}${k}"`).join(", ")}`;
    }
    case "invalid_type": {
      const value = valueAt(input, issue.path);
      if (value === undefined) return `brak wymaganego pola "${field}"`;
      return `pole "${field}" ma zły typ (oczekiwano: ${typeNames[issue.expected] ?? issue.expected})`;
    }
    case "invalid_value":
      return `pole "${field}" ma niedozwoloną wartość ${JSON.stringify(valueAt(input, issue.path))} (dozwolone: ${issue.values.map(String).join(", ")})`;
    default:
      return field ? `pole "${field}": ${issue.message}` : issue.message;
  }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string {
  return [...new Set(issues.map((issue) => describe(issue, input)))].join("; ");
}
