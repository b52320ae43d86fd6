import { and, eq, gt, sql } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import { queryRows } from "@/lib/import/sql";

/**
 * Fixed-window counters in the database, so every app instance shares them (docs/operations.md §6). A hit
 * increments the current window atomically and says whether the caller is still under the limit.
 */
/**
 * Per-address limits skip this machine and unknown addresses. The address comes from the entry our
 * own proxy appended (lib/security/client-ip.ts), so a client cannot claim to be 127.0.0.1; loopback
 * means a local tool (health checks, the e2e suite), and one shared "unknown" bucket would let anyone
 * throttle everyone. The per-login / per-e-mail limits still apply to them.
 */
export const countsPerAddress = (ip: string | null): ip is string => !!ip && !/^(::ffff:)?127\./i.test(ip) && ip !== "::1";

/** Counts a hit per client address, or allows it when the address does not count (see above). */
export async function hitAddressLimit(db: DbOrTx, rule: RateRule, ip: string | null, scope = ""): Promise<RateResult> {
  if (!countsPerAddress(ip)) return { allowed: true, count: 0, retryAfterSeconds: 0 };
  return hitRateLimit(db, rule, scope ? `${scope}:${ip}` : ip);
}

export type RateRule = { name: string; limit: number; windowSeconds: number };

export type RateResult = { allowed: boolean; count: number; retryAfterSeconds: number };

export async function hitRateLimit(db: DbOrTx, rule: RateRule, subject: string): Promise<RateResult> {
  const at = now();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(at.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket: `${rule.name}:${subject}`, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.bucket, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - at.getTime()) / 1000);
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/**
 * Several counters hit in one statement (one round trip, one commit) — the sign-in counts its login
 * and its address together. Same rules as hitRateLimit; the answers come in the order of `hits`.
 * Subjects that do not count (hitAddressLimit's rule) are passed as null and always allowed. Each
 * bucket at most once per call: PostgreSQL refuses to update one row twice in one statement.
 */
export async function hitRateLimits(db: DbOrTx, hits: RateHit[]): Promise<RateResult[]> {
  const counted = countedHits(hits);
  if (counted.rows.length === 0) return counted.results([]);
  return counted.results(await rateLimitUpsert(db, counted.rows));
}

export type RateHit = { rule: RateRule; subject: string | null };
type CountedRow = { bucket: string; windowStart: Date | string; count: number | string };

/**
 * hitRateLimits in two halves, so a caller can send the upsert inside a statement of its own (the
 * sign-in sends it with the account lookup, as a prepared statement with the same upsert written
 * with placeholders: lib/accounts/sign-in-statements.ts — a change to rateLimitUpsert below must be
 * made there too): the rows to upsert, and how the rows the upsert returned answer each hit.
 */
export function countedHits(hits: RateHit[]): {
  rows: { bucket: string; windowStart: Date; count: number }[];
  results: (returned: CountedRow[]) => RateResult[];
} {
  const at = now();
  const counted = hits.flatMap((hit, i) => {
    if (hit.subject === null) return [];
    const windowMs = hit.rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(at.getTime() / windowMs) * windowMs);
    return [{ i, bucket: `${hit.rule.name}:${hit.subject}`, windowStart, windowMs }];
  });
  return {
    rows: counted.map((c) => ({ bucket: c.bucket, windowStart: c.windowStart, count: 1 })),
    results: (returned) => {
      const results: RateResult[] = hits.map(() => ({ allowed: true, count: 0, retryAfterSeconds: 0 }));
      for (const c of counted) {
        const row = returned.find((r) => r.bucket === c.bucket && new Date(r.windowStart).getTime() === c.windowStart.getTime());
        const count = Number(row?.count ?? 1);
        results[c.i] = {
          allowed: count <= hits[c.i]!.rule.limit,
          count,
          retryAfterSeconds: Math.ceil((c.windowStart.getTime() + c.windowMs - at.getTime()) / 1000),
        };
      }
      return results;
    },
  };
}

/** The counters' upsert (one row per bucket and window, incremented atomically), returning the new counts. */
export function rateLimitUpsert(db: DbOrTx, rows: { bucket: string; windowStart: Date; count: number }[]) {
  return db
    .insert(rateLimits)
    .values(rows)
    .onConflictDoUpdate({ target: [rateLimits.bucket, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ bucket: rateLimits.bucket, windowStart: rateLimits.windowStart, count: rateLimits.count });
}

/**
 * A count over the last `rule.windowSeconds` (say, "5 in 24 hours"), not over a fixed window that a
 * burst across its edge could double: hits go to one-minute rows of the same table, summed. One
 * statement, so of several hits at once exactly one sees the count reach a given value (the
 * conflicting upserts of one row queue up; the sum of the other rows is the statement's snapshot).
 */
export async function hitRollingLimit(db: DbOrTx, rule: RateRule, subject: string): Promise<RateResult> {
  const at = now();
  const bucket = `${rule.name}:${subject}`;
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const since = new Date(at.getTime() - rule.windowSeconds * 1000);
  const [row] = await queryRows<{ total: number | string }>(
    db,
    sql`WITH hit AS (
      INSERT INTO ${rateLimits} ("bucket", "window_start", "count") VALUES (${bucket}, ${minute.toISOString()}::timestamptz, 1)
      ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = ${rateLimits}."count" + 1
      RETURNING "window_start", "count"
    )
    SELECT hit."count" + coalesce((SELECT sum(r."count") FROM ${rateLimits} r
      WHERE r."bucket" = ${bucket} AND r."window_start" > ${since.toISOString()}::timestamptz AND r."window_start" <> hit."window_start"), 0) AS total
    FROM hit`,
  );
  const count = Number(row?.total ?? 1);
  return { allowed: count <= rule.limit, count, retryAfterSeconds: count <= rule.limit ? 0 : rule.windowSeconds };
}

/** hitRollingLimit's count without a hit. */
export async function rollingCount(db: DbOrTx, rule: RateRule, subject: string): Promise<number> {
  const since = new Date(now().getTime() - rule.windowSeconds * 1000);
  const [row] = await db
    .select({ total: sql<string | number | null>`sum(${rateLimits.count})` })
    .from(rateLimits)
    .where(and(eq(rateLimits.bucket, `${rule.name}:${subject}`), gt(rateLimits.windowStart, since)));
  return Number(row?.total ?? 0);
}

/** Old windows are worthless; called now and then (e.g. by the mail worker's loop) to keep the table small. */
export async function pruneRateLimits(db: DbOrTx, olderThanSeconds = 86_400): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${new Date(now().getTime() - olderThanSeconds * 1000)}`);
}
