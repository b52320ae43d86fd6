import { dictionary } from "@zxcvbn-ts/language-common";
import type { PasswordPolicy } from "@/lib/tenant/schema";

/**
 * New-password rules: the tenant's composition rule from its document, a length floor of 8 for
 * every tenant, up to 128 characters taken as typed (spaces and case count), no common password, no
 * login/PESEL/NIP/customer number/seller name inside (docs/accounts.md §11, §14; S01, S02).
 */
export const PASSWORD_LENGTH_FLOOR = 8;

export const effectiveMinLength = (policy: PasswordPolicy) => Math.max(policy.documentedMinLength, PASSWORD_LENGTH_FLOOR);

// ~49k passwords from leaked lists (zxcvbn-ts), plus Polish ones it lacks.
const common = new Set<string>([...dictionary["passwords-common"], "haslo", "haslo1", "zaq1@wsx", "qwertyuiop", "polska1", "mojbok", "ebok"]);

export type PasswordContext = {
  login?: string | null;
  pesel?: string | null;
  nip?: string | null;
  customerNumber?: string | null;
  /** Seller and product names, e.g. "Polenergia", "POLO". */
  names?: string[];
};

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  // "Password1!", "Qwerty2024": a common word with digits or symbols around it is still common.
  const core = lower.replace(/^[^a-ząćęłńóśźż]+/u, "").replace(/[^a-ząćęłńóśźż]+$/u, "");
  return core.length >= 3 && common.has(core);
}

function containsContext(password: string, context: PasswordContext): boolean {
  const lower = password.toLowerCase();
  const words = [context.login, context.pesel, context.nip, context.customerNumber, ...(context.names ?? [])]
    .filter((w): w is string => !!w && w.trim().length >= 4)
    .map((w) => w.trim().toLowerCase());
  return words.some((w) => lower.includes(w));
}

/** Polish messages for every rule the password breaks; empty when it is acceptable. */
export function passwordProblems(password: string, policy: PasswordPolicy, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const min = effectiveMinLength(policy);
  const length = [...password].length;
  if (length < min) problems.push(`Hasło musi mieć co najmniej ${min} znaków.`);
  if (length > policy.maxLength) problems.push(`Hasło może mieć najwyżej ${policy.maxLength} znaków.`);
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) problems.push("Hasło musi zawierać przynajmniej jedną wielką literę.");
  if (policy.requireLower && !/\p{Ll}/u.test(password)) problems.push("Hasło musi zawierać przynajmniej jedną małą literę.");
  if (policy.requireDigit && !/\d/.test(password)) problems.push("Hasło musi zawierać przynajmniej jedną cyfrę.");
  if (policy.requireDigitOrSpecial && !/[\d\p{P}\p{S}\s]/u.test(password)) problems.push("Hasło musi zawierać przynajmniej jedną cyfrę lub znak specjalny.");
  if (problems.length === 0 && isCommon(password)) problems.push("To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.");
  if (containsContext(password, context)) problems.push("Hasło nie może zawierać loginu, numeru PESEL, NIP, numeru odbiorcy ani nazwy sprzedawcy.");
  return problems;
}
