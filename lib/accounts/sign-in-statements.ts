import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { accounts, auditLog, authTokens, rateLimits, secondFactors, sessions } from "@/db/schema";
import type { Db } from "@/db/client";

/**
 * The password sign-in's two statements (lib/accounts/sign-in.ts), built once per database handle and
 * run as prepared queries: drizzle's query builder costs a few hundred microseconds of CPU per
 * statement, and everything around the one argon2 verification has a budget of 1.5 ms
 * (docs/decisions/0012-request-cost.md). Values are placeholders, bound by name on each run; a
 * placeholder in a column's place (insert values, set, eq on a column) goes through that column's
 * encoder like any other value.
 */
const p = sql.placeholder;

function lookUpStatement(db: Db, countsAddress: boolean) {
  const row = (n: number) => ({ bucket: p(`bucket${n}`), windowStart: p(`windowStart${n}`), count: 1 });
  // rateLimitUpsert of lib/security/rate-limit.ts, with placeholders: keep the two the same.
  const hits = db.$with("hits").as(
    db
      .insert(rateLimits)
      .values(countsAddress ? [row(0), row(1)] : [row(0)])
      .onConflictDoUpdate({ target: [rateLimits.bucket, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
      .returning({ bucket: rateLimits.bucket, windowStart: rateLimits.windowStart, count: rateLimits.count }),
  );
  return db
    .with(hits)
    .select({
      hits: sql<
        { bucket: string; windowStart: string; count: number }[]
      >`(select json_agg(json_build_object('bucket', ${hits.bucket}, 'windowStart', ${hits.windowStart}, 'count', ${hits.count})) from ${hits})`,
      account: accounts,
      otpId: authTokens.id,
      secondFactor: secondFactors.method,
    })
    .from(sql`(select 1) as attempt`)
    .leftJoin(accounts, and(eq(accounts.tenantId, p("tenantId")), sql`lower(${accounts.login}) = ${p("login")}`))
    .leftJoin(secondFactors, and(eq(secondFactors.accountId, accounts.id), isNotNull(secondFactors.enabledAt)))
    .leftJoin(
      authTokens,
      and(
        eq(authTokens.accountId, accounts.id),
        eq(authTokens.tokenHash, p("otpHash")),
        eq(authTokens.purpose, "one_time_password"),
        isNull(authTokens.usedAt),
        isNull(authTokens.sessionId),
        // A placeholder outside a column's place is sent as it is: the time as text, cast by PostgreSQL.
        gt(authTokens.expiresAt, sql`${p("at")}::timestamptz`),
      ),
    )
    .limit(1)
    .prepare("signin_lookup");
}

/** The account touched, the session row and the audit entry: one statement, one round trip, one commit. */
function signedInStatement(db: Db) {
  const touched = db.$with("touched").as(
    db
      .update(accounts)
      .set({ lastLoginAt: sql`${p("atText")}::timestamptz`, failedAttempts: 0 })
      .where(and(eq(accounts.id, p("accountId")), eq(accounts.tenantId, p("tenantId"))))
      .returning({ id: accounts.id }),
  );
  const logged = db.$with("logged").as(
    db
      .insert(auditLog)
      .values({
        tenantId: p("tenantId"),
        actorKind: p("actorKind"),
        actorId: p("actorId"),
        action: p("action"),
        targetKind: p("targetKind"),
        targetId: p("targetId"),
        ip: p("ip"),
        userAgent: p("userAgent"),
        details: p("details"),
        at: p("at"),
      })
      .returning({ id: auditLog.id }),
  );
  const created = db.$with("created").as(
    db
      .insert(sessions)
      .values({
        id: p("sessionId"),
        tenantId: p("tenantId"),
        accountId: p("accountId"),
        createdAt: p("at"),
        lastSeenAt: p("at"),
        expiresAt: p("expiresAt"),
        ip: p("ip"),
        userAgent: p("sessionUserAgent"),
      })
      .returning({ id: sessions.id }),
  );
  return db.with(touched, logged, created).select({ id: created.id }).from(created).prepare("signin_ok");
}

type Statements = { lookUp: [ReturnType<typeof lookUpStatement>, ReturnType<typeof lookUpStatement>]; signedIn: ReturnType<typeof signedInStatement> };

const built = new WeakMap<Db, Statements>();

/** This handle's prepared sign-in statements; `lookUp[1]` also counts the client's address. */
export function signInStatements(db: Db): Statements {
  let statements = built.get(db);
  if (!statements) {
    statements = { lookUp: [lookUpStatement(db, false), lookUpStatement(db, true)], signedIn: signedInStatement(db) };
    built.set(db, statements);
  }
  return statements;
}
