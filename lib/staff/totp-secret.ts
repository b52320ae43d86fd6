import { createHash } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { staffUsers } from "@/db/schema";
import { env, isProduction } from "@/lib/env";
import { decodeKey, isSealed, open, seal, sealedKeyId, secretKey, type SecretKey } from "@/lib/security/secret-box";

/**
 * S30 (docs/security.md): the staff's TOTP secrets are stored sealed with AES-256-GCM under
 * STAFF_TOTP_KEY (lib/security/secret-box.ts) and opened only to check a code or draw the QR code.
 * A stolen database (a backup, a replica) then holds no second factor. Each value is bound to its
 * staff row, so one person's sealed secret copied onto another row does not open.
 *
 * Rotation: set the new key as STAFF_TOTP_KEY and the old one as STAFF_TOTP_KEY_PREVIOUS; both are
 * read. Every start re-seals what is not under the current key — plaintext rows written before
 * encryption existed, and rows under the previous key — as does `npm run staff:totp-rekey`. After that
 * the previous key can go. Details: docs/decisions/0009-back-office.md.
 */
export type TotpKeyring = { current: SecretKey; previous: SecretKey | null };

/** Outside production a fixed, public key, like the development AUTH_SECRET: fine for localhost only. */
const DEVELOPMENT_KEY = createHash("sha256").update("mojbok-development-only-staff-totp-key").digest();

/** A keyring from key texts as STAFF_TOTP_KEY takes them (the e2e suite builds its own). */
export function totpKeyring(current: string, previous?: string): TotpKeyring {
  const bytes = decodeKey(current);
  if (!bytes) throw new Error("STAFF_TOTP_KEY must be 32 random bytes: base64 (openssl rand -base64 32) or 64 hex characters");
  const old = previous ? decodeKey(previous) : null;
  if (previous && !old) throw new Error("STAFF_TOTP_KEY_PREVIOUS must be 32 random bytes: base64 or 64 hex characters");
  return { current: secretKey(bytes), previous: old ? secretKey(old) : null };
}

/** The configured keyring; production refuses to start without STAFF_TOTP_KEY (lib/env.ts). */
export function configuredTotpKeyring(): TotpKeyring {
  const e = env();
  if (e.STAFF_TOTP_KEY) return totpKeyring(e.STAFF_TOTP_KEY, e.STAFF_TOTP_KEY_PREVIOUS);
  if (isProduction()) throw new Error("STAFF_TOTP_KEY is required in production");
  return { current: secretKey(DEVELOPMENT_KEY), previous: e.STAFF_TOTP_KEY_PREVIOUS ? totpKeyring(e.STAFF_TOTP_KEY_PREVIOUS).current : null };
}

const context = (staffId: string) => `staff-totp:${staffId}`;
export const keysOf = (ring: TotpKeyring) => (ring.previous ? [ring.current, ring.previous] : [ring.current]);

export function sealTotpSecret(staffId: string, secret: string, ring: TotpKeyring = configuredTotpKeyring()): string {
  return seal(secret, ring.current, context(staffId));
}

/** The secret to check a code with. A row not sealed yet (written before encryption) is read as it is until re-sealed. */
export function openTotpSecret(staffId: string, stored: string, ring: TotpKeyring = configuredTotpKeyring()): string {
  return isSealed(stored) ? open(stored, keysOf(ring), context(staffId)) : stored;
}

export type ResealReport = { resealed: number; failed: { staffId: string; reason: string }[] };

/**
 * Re-seals under the current key every secret that is plaintext or under another key. Each row is
 * written only if it still holds what was read, so instances starting together do no harm.
 */
export async function resealTotpSecrets(db: DbOrTx, ring: TotpKeyring = configuredTotpKeyring()): Promise<ResealReport> {
  const rows = await db.select({ id: staffUsers.id, stored: staffUsers.totpSecret }).from(staffUsers).where(isNotNull(staffUsers.totpSecret));
  const report: ResealReport = { resealed: 0, failed: [] };
  for (const { id, stored } of rows) {
    if (!stored || sealedKeyId(stored) === ring.current.id) continue;
    let secret: string;
    try {
      secret = openTotpSecret(id, stored, ring);
    } catch (error) {
      report.failed.push({ staffId: id, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const written = await db
      .update(staffUsers)
      .set({ totpSecret: sealTotpSecret(id, secret, ring) })
      .where(and(eq(staffUsers.id, id), eq(staffUsers.totpSecret, stored)))
      .returning({ id: staffUsers.id });
    report.resealed += written.length;
  }
  return report;
}

/** Called once per server start (instrumentation.ts): what cannot be re-sealed is said, and the start goes on. */
export async function resealTotpSecretsOnStart(db: DbOrTx): Promise<void> {
  try {
    const report = await resealTotpSecrets(db);
    if (report.resealed) console.info(`[staff] ${report.resealed} TOTP secret(s) re-encrypted under the current STAFF_TOTP_KEY`);
    for (const failure of report.failed) {
      console.error(
        `[staff] the TOTP secret of staff ${failure.staffId} cannot be read (${failure.reason}): set STAFF_TOTP_KEY_PREVIOUS to the key it was sealed with, or reset the person (npm run staff:create -- --email … --reset)`,
      );
    }
  } catch (error) {
    console.error(`[staff] re-encrypting TOTP secrets failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
