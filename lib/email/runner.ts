import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { resendProvider, type MailProvider } from "@/lib/email/provider";
import { deliverDueMessages } from "@/lib/email/worker";
import { log } from "@/lib/log/logger";
import { schedulerPass } from "@/lib/jobs/scheduler";

type Loop = { timer: ReturnType<typeof setInterval>; pass: Promise<void> | null };

// On globalThis: Next may evaluate this module in more than one bundle of one process, and hot
// reload re-evaluates it; either would otherwise start a second loop.
const holder = globalThis as unknown as { __mojbokMailWorker?: Loop };

/** The provider from the environment, or null when RESEND_API_KEY is unset (mail then stays in the outbox). */
export function configuredProvider(): MailProvider | null {
  const e = env();
  return e.RESEND_API_KEY ? resendProvider({ apiKey: e.RESEND_API_KEY, baseUrl: e.RESEND_BASE_URL }) : null;
}

export type MailWorkerOptions = { provider?: MailProvider; intervalMs?: number; batchSize?: number };

/**
 * Polls the outbox every ~2 s until stopMailWorker(), and runs the job scheduler after each pass.
 * Without a provider (no RESEND_API_KEY) it only schedules: reminders and notices are still written
 * to the outbox, where they wait for a key (and /dev/mailbox shows them). Returns false (and does
 * nothing) when a loop already runs in this process.
 */
export function startMailWorker(options: MailWorkerOptions = {}): boolean {
  if (holder.__mojbokMailWorker) return false;
  const provider = options.provider ?? configuredProvider();
  const batchSize = options.batchSize ?? 10;

  const runPass = async () => {
    if (provider) {
      try {
        const db = await getDb();
        // Drain a backlog in one pass, but bounded, so a stop request is honoured soon.
        for (let round = 0; round < 20; round++) {
          const report = await deliverDueMessages(db, { provider, batchSize });
          if (report.claimed < batchSize) break;
        }
      } catch (error) {
        log().error({ job: "mail-pass", err: error }, "mail delivery pass failed");
      }
    }
    // The job scheduler rides on the same loop in every instance (docs/operations.md §10).
    try {
      await schedulerPass(await getDb());
    } catch (error) {
      log().error({ job: "scheduler-pass", err: error }, "scheduler pass failed");
    }
  };
  const loop: Loop = { timer: setInterval(() => tick(), options.intervalMs ?? 2000), pass: null };
  const tick = () => {
    if (loop.pass) return; // a slow pass is never overlapped by the next tick
    loop.pass = runPass().finally(() => {
      loop.pass = null;
    });
  };
  // unref: the worker alone never keeps a process (a test, a script) alive.
  loop.timer.unref();
  holder.__mojbokMailWorker = loop;
  tick();
  return true;
}

/** Stops polling and waits for a pass in progress, so no claim is left half-handled. */
export async function stopMailWorker(): Promise<void> {
  const loop = holder.__mojbokMailWorker;
  if (!loop) return;
  clearInterval(loop.timer);
  holder.__mojbokMailWorker = undefined;
  await loop.pass;
}

export const mailWorkerRunning = () => Boolean(holder.__mojbokMailWorker);
