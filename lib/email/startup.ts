import { env, isProduction } from "@/lib/env";
import { startMailWorker } from "@/lib/email/runner";

export const devToolsWarning = "DEV_TOOLS=1: /dev/mailbox and /dev/clock are enabled — never set this on a public server";

/**
 * Called once per server process from instrumentation.ts. Without RESEND_API_KEY nothing is
 * delivered: messages stay `pending` in the outbox, readable at /dev/mailbox outside production, and
 * are delivered once a key is configured — nothing is marked sent that was never sent. The loop
 * still runs the job scheduler, so reminders and notices are written all the same (docs/operations.md §10).
 */
export function startEmailOnServer(): void {
  const e = env();
  if (isProduction() && e.DEV_TOOLS === "1") console.warn(devToolsWarning);
  if (e.MAIL_WORKER !== "in-process") return;
  if (!e.RESEND_API_KEY && isProduction()) console.warn("RESEND_API_KEY is not set: e-mails are kept in the outbox and not delivered until it is.");
  startMailWorker();
}
