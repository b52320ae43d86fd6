import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";

/**
 * Readiness (GET /api/ready, the health check of scripts/deploy/haproxy.cfg): the database answers and holds
 * every migration this build was made with. The journal is bundled at build time, so a new build on
 * an old schema is "not ready" until `npm run db:migrate` has run. Applied migrations are compared
 * the way drizzle's migrator does: by the journal's `when`, stored as `created_at`.
 */
export type JournalEntry = { tag: string; when: number };
export type Readiness = { ready: true } | { ready: false; reason: "database"; error: unknown } | { ready: false; reason: "migrations"; pending: string[] };

export const expectedMigrations = (): JournalEntry[] => journal.entries.map(({ tag, when }) => ({ tag, when }));

/** Journal entries not yet applied, given the newest applied `created_at` (null: none applied). */
export function pendingMigrations(entries: JournalEntry[], newestApplied: number | null): string[] {
  return entries.filter((e) => newestApplied === null || e.when > newestApplied).map((e) => e.tag);
}

export async function checkReadiness(db: Db, entries: JournalEntry[] = expectedMigrations()): Promise<Readiness> {
  let newest: number | null;
  try {
    const exists = (await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`)) as unknown as {
      rows?: { present: boolean }[];
    } & { present: boolean }[];
    const present = (exists.rows ?? exists)[0]?.present ?? false;
    if (!present) newest = null;
    else {
      const result = (await db.execute(sql`SELECT max(created_at)::text AS newest FROM drizzle.__drizzle_migrations`)) as unknown as {
        rows?: { newest: string | null }[];
      } & { newest: string | null }[];
      const value = (result.rows ?? result)[0]?.newest ?? null;
      newest = value === null ? null : Number(value);
    }
  } catch (error) {
    return { ready: false, reason: "database", error };
  }
  const pending = pendingMigrations(entries, newest);
  return pending.length ? { ready: false, reason: "migrations", pending } : { ready: true };
}
