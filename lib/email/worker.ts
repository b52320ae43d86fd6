import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox, type OutboxMessage } from "@/db/schema";
import { claimDue } from "@/lib/jobs/claim";
import { now } from "@/lib/clock";
import { tenantById } from "@/lib/tenant/registry";
import { maxAttempts as defaultMaxAttempts, retryDelayMs } from "@/lib/email/backoff";
import type { MailProvider } from "@/lib/email/provider";
import { headerAddress, headerLine } from "@/lib/email/header-line";
import { log } from "@/lib/log/logger";

export type DeliverOptions = {
  provider: MailProvider;
  batchSize?: number;
  maxAttempts?: number;
  /** How long a claim lasts. Longer than one provider call with its timeout; a crashed worker's claim runs out. */
  lockSeconds?: number;
};

export type DeliveryReport = { claimed: number; sent: number; retried: number; dead: number };

/**
 * What is left of `text` and `html` once a message is finished (sent or dead). The rendered parts
 * carry one-time passwords and activation / reset / e-mail-change link tokens in plain text; keeping
 * them would undo S05 (the DB holds no plaintext — auth_tokens stores only hashes). Subject, to,
 * template, status, attempts and errors stay for auditing. Never-delivered mail (no RESEND_API_KEY:
 * the development mailbox) is never finished by this worker and so stays readable.
 */
export const erasedBody = { sent: "[treść usunięta po wysłaniu]", dead: "[treść usunięta]" } as const;

/**
 * Claims up to `batchSize` due messages in ONE statement (claimDue: FOR UPDATE SKIP LOCKED and a
 * lease, so any number of workers — app instances, `npm run mail:worker` — may run this at once) and
 * hands them to the provider. Times come from lib/clock so tests can move through the retry schedule.
 */
export async function deliverDueMessages(db: Db, options: DeliverOptions): Promise<DeliveryReport> {
  const { provider, batchSize = 10, lockSeconds = 120 } = options;
  const { claimed, claimUntil } = await claimDue(
    db,
    emailOutbox,
    { ready: eq(emailOutbox.status, "pending"), dueColumn: emailOutbox.nextAttemptAt, orderBy: emailOutbox.createdAt },
    { at: now(), batchSize, lockSeconds },
  );

  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retried: 0, dead: 0 };
  const outcomes = await Promise.allSettled(
    claimed.map(async (row) => {
      report[await deliverOne(db, row, claimUntil, provider, options.maxAttempts ?? defaultMaxAttempts)] += 1;
    }),
  );
  const failure = outcomes.find((o) => o.status === "rejected");
  if (failure) throw failure.reason;
  return report;
}

/** One log line per outbox job (docs/decisions/0016-logs-and-outages.md): ids and the outcome, never the address or the body. */
async function deliverOne(db: Db, row: OutboxMessage, claimUntil: Date, provider: MailProvider, maxAttempts: number): Promise<"sent" | "retried" | "dead"> {
  const started = performance.now();
  const outcome = await deliverClaimed(db, row, claimUntil, provider, maxAttempts);
  const line = {
    job: "mail",
    messageId: row.id,
    template: row.template,
    tenant: row.tenantId,
    attempt: row.attempts + 1,
    outcome: outcome.outcome,
    ms: Math.round(performance.now() - started),
  };
  if (outcome.outcome === "sent") log().info(line, "job");
  else log().warn({ ...line, error: outcome.error }, "job");
  return outcome.outcome;
}

async function deliverClaimed(
  db: Db,
  row: OutboxMessage,
  claimUntil: Date,
  provider: MailProvider,
  maxAttempts: number,
): Promise<{ outcome: "sent" | "retried" | "dead"; error?: string }> {
  const replyTo = row.tenantId ? tenantById(row.tenantId)?.email.replyTo : undefined;
  // Rows are written clean (render.ts, send.ts); cleaned again at the hand-over, so a row written by
  // an older version cannot carry a header into the provider's request either (S28).
  const result = await provider.send(
    {
      from: headerLine(row.from),
      to: headerAddress(row.to),
      replyTo: replyTo === undefined ? undefined : headerAddress(replyTo),
      subject: headerLine(row.subject),
      html: row.html,
      text: row.text,
      ...(row.headers ? { headers: Object.fromEntries(Object.entries(row.headers).map(([name, value]) => [headerLine(name), headerLine(value)])) } : {}),
    },
    { idempotencyKey: row.idempotencyKey },
  );
  const attempts = row.attempts + 1;
  // Only while our claim holds: if it ran out and another worker took the row, its outcome wins.
  const ours = and(eq(emailOutbox.id, row.id), eq(emailOutbox.lockedUntil, claimUntil));

  if (result.ok) {
    await db
      .update(emailOutbox)
      .set({
        status: "sent",
        attempts,
        providerMessageId: result.providerMessageId,
        sentAt: now(),
        lockedUntil: null,
        text: erasedBody.sent,
        html: erasedBody.sent,
      })
      .where(ours);
    return { outcome: "sent" };
  }
  const dead = result.permanent || attempts >= maxAttempts;
  await db
    .update(emailOutbox)
    .set({
      status: dead ? "dead" : "pending",
      attempts,
      lastError: result.error.slice(0, 1000),
      nextAttemptAt: dead ? undefined : new Date(now().getTime() + retryDelayMs(attempts)),
      lockedUntil: null,
      ...(dead ? { text: erasedBody.dead, html: erasedBody.dead } : {}),
    })
    .where(ours);
  return { outcome: dead ? "dead" : "retried", error: result.error };
}
