import { getDbHandle } from "@/db/client";
import { resealTotpSecrets } from "@/lib/staff/totp-secret";
import { runCli } from "./cli";

/**
 * `npm run staff:totp-rekey`: re-encrypts every staff TOTP secret under STAFF_TOTP_KEY — plaintext
 * rows from before encryption and rows under STAFF_TOTP_KEY_PREVIOUS. Every server start does the
 * same; run it by hand to finish a key rotation before removing STAFF_TOTP_KEY_PREVIOUS.
 * Exit code 1 when a secret could not be read (its key is not configured).
 */
async function main() {
  const handle = await getDbHandle();
  try {
    const report = await resealTotpSecrets(handle.db);
    console.log(`Re-encrypted ${report.resealed} TOTP secret(s) under the current STAFF_TOTP_KEY.`);
    for (const failure of report.failed) console.error(`Staff ${failure.staffId}: ${failure.reason}`);
    if (report.failed.length) {
      console.error(
        "Set STAFF_TOTP_KEY_PREVIOUS to the key these were sealed with and run again, or reset these people (npm run staff:create -- --email … --reset).",
      );
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
  }
}

runCli(main);
