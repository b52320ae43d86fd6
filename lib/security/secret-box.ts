import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for small secrets kept in the database that the app must read back (the staff's TOTP
 * secrets, S30 in docs/security.md). A sealed value is
 *
 *   v1.<key id>.<iv>.<ciphertext>.<tag>     (base64url parts)
 *
 * The key id (8 hex characters of a hash of the key) says which key sealed it, so a current key and
 * a previous one can both be read during a rotation. `context` is bound as associated data: a value
 * sealed for one row does not open for another.
 */
export type SecretKey = { id: string; bytes: Buffer };

const PREFIX = "v1";
const KEY_BYTES = 32;

/** 32 bytes given as base64 / base64url (`openssl rand -base64 32`) or 64 hex characters; null otherwise. */
export function decodeKey(value: string): Buffer | null {
  const text = value.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, "hex") : /^[A-Za-z0-9+/_-]{43}=?$/.test(text) ? Buffer.from(text, "base64") : null;
  return bytes?.length === KEY_BYTES ? bytes : null;
}

export function secretKey(bytes: Buffer): SecretKey {
  return { id: createHash("sha256").update("mojbok-secret-box-key-id").update(bytes).digest("hex").slice(0, 8), bytes };
}

export const isSealed = (stored: string) => stored.startsWith(`${PREFIX}.`);

/** The id of the key that sealed `stored`, or null for a value that is not sealed (a legacy plaintext). */
export const sealedKeyId = (stored: string) => (isSealed(stored) ? (stored.split(".")[1] ?? null) : null);

export function seal(plaintext: string, key: SecretKey, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [PREFIX, key.id, iv.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** Opens a sealed value with whichever of `keys` sealed it. Throws on an unknown key or a changed value. */
export function open(stored: string, keys: readonly SecretKey[], context: string): string {
  const [prefix, keyId, iv, ciphertext, tag, ...rest] = stored.split(".");
  if (prefix !== PREFIX || !keyId || !iv || ciphertext === undefined || !tag || rest.length) throw new Error("not a sealed secret");
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new Error(`the secret was sealed with key ${keyId}, which is not configured`);
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"), { authTagLength: 16 });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
