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
}
