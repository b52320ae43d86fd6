import { decode } from "next-auth/jwt";

/**
 * The `sid` inside an Auth.js session cookie value, or null (bad, foreign or expired JWT), remembered
 * per cookie value until the JWT's `exp`. Decrypting costs ≈1 ms of CPU (HKDF, AES-CBC, HMAC through
 * WebCrypto); the same bytes always decrypt to the same `sid` and only values that decrypted are kept,
 * so the cache holds nothing a client could not already prove. Oldest entries go first when full.
 */
const MAX_ENTRIES = 20_000;
const decoded = new Map<string, { sid: string; exp: number }>();

export async function sessionTokenOf(value: string, cookieName: string, secret: string): Promise<string | null> {
  const key = `${cookieName}\u0000${value}`;
  const nowSeconds = Date.now() / 1000;
  const hit = decoded.get(key);
  if (hit) {
    if (hit.exp > nowSeconds) return hit.sid;
    decoded.delete(key);
    return null;
  }
  let payload: { sid?: unknown; exp?: unknown } | null;
  try {
    payload = await decode<{ sid?: unknown; exp?: unknown }>({ token: value, secret, salt: cookieName });
  } catch {
    return null;
  }
  const sid = payload?.sid;
  const exp = payload?.exp;
  if (typeof sid !== "string" || typeof exp !== "number" || exp <= nowSeconds) return null;
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { sid, exp });
  return sid;
}

/** For tests: how many cookie values are remembered. */
export const rememberedSessionCookies = () => decoded.size;
