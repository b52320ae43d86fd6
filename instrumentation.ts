/**
 * Next's start-up hook. The mail code is imported inside register() and only for the Node runtime,
 * so the database driver and the resend SDK never reach the edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEmailOnServer } = await import("@/lib/email/startup");
  startEmailOnServer();
}
