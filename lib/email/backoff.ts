/**
 * Retry schedule of the outbox. The whole ladder (about 9 h) stays well inside the 24 h for which
 * Resend remembers an idempotency key, so a late retry of a message it did accept is still a no-op.
 */
export const retryDelaysSeconds = [10, 30, 120, 600, 1800, 7200, 21600];

/** After this many failed tries a message is dead (kept for inspection, never retried). */
export const maxAttempts = retryDelaysSeconds.length + 1;

/**
 * Delay before try number `failedAttempts + 1`, with up to 20 % random jitter so messages that
 * failed together (a provider outage) don't all come back in the same second.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const base = retryDelaysSeconds[Math.min(failedAttempts, retryDelaysSeconds.length) - 1] ?? retryDelaysSeconds[0]!;
  return Math.round(base * 1000 * (1 + 0.2 * random()));
}
