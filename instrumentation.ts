/**
 * Next's start-up hook. The configuration is validated first: in production the app refuses to
 * start without its secrets (S25). Everything is imported inside register() and only for the Node
 * runtime, so the database driver and the resend SDK never reach the edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { validateConfigurationOrExit } = await import("@/lib/startup/validate");
  validateConfigurationOrExit();
  const { startEmailOnServer } = await import("@/lib/email/startup");
  startEmailOnServer();
  // S30: staff TOTP secrets still in plaintext, or under STAFF_TOTP_KEY_PREVIOUS, are re-encrypted
  // under the current key, in the background (a few rows; the conditional UPDATE is safe to race).
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ getDb }, { resealTotpSecretsOnStart }] = await Promise.all([import("@/db/client"), import("@/lib/staff/totp-secret")]);
    void getDb().then(resealTotpSecretsOnStart, (error: unknown) => console.error(`[staff] no database for re-encrypting TOTP secrets: ${String(error)}`));
  }
}
