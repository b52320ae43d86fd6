import { performance } from "node:perf_hooks";

/**
 * Answers that must not tell whether an account exists (S06) take at least a fixed time, measured
 * from the start of the request, whatever work the input caused: a known login renders and queues
 * an e-mail, an unknown one does nothing, and both answer after the same pause. Real time on
 * purpose, not lib/clock: the test clock moves expiries, not how long a request takes.
 */
export const RECOVERY_MIN_DURATION_MS = 600;

export async function withMinDuration<T>(minMs: number, work: () => Promise<T>, startedAt = performance.now()): Promise<T> {
  try {
    return await work();
  } finally {
    const left = minMs - (performance.now() - startedAt);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}
