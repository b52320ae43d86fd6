import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

/**
 * argon2id (the library's default algorithm — passing Algorithm.Argon2id breaks isolatedModules,
 * docs/toolchain.md §7) with OWASP's minimum: m = 19456 KiB, t = 2, p = 1 (S04).
 */
export const argonParams = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, argonParams);
}

export async function verifySecret(stored: string, secret: string): Promise<boolean> {
  try {
    return await verify(stored, secret);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for unknown logins, so the answer time does not
 * tell whether an account exists (S06).
 */
export async function verifyAgainstDummy(secret: string): Promise<false> {
  dummy ??= hashSecret(randomBytes(16).toString("hex"));
  await verifySecret(await dummy, secret);
  return false;
}
