import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import postgres from "postgres";
import { eq, sql } from "drizzle-orm";
import { openPostgres, type Db } from "@/db/client";
import { accounts, emailOutbox, jobs } from "@/db/schema";
import { now, setClockOffsetSeconds } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { runDueJobs } from "@/lib/jobs/worker";
import { jobHandlers, sweepReminders } from "@/lib/notifications/reminders";
import { databaseUrl, setupTestDb, testDbKind } from "@/tests/helpers/db";
import { addCustomerWithDocuments } from "./billing-world";

/**
 * S36: reminders are sent once per document and kind while two scheduler instances sweep and claim
 * at the same time. On PostgreSQL the instances are two child processes with their own connection
 * pools, released together; on PGlite (one connection) they are two concurrent loops on the handle.
 */
const handle = setupTestDb();
const CUSTOMERS = 12;
const at = "2026-12-07T10:00:00Z"; // 11:00 in Warsaw: no quiet hours
const offset = () => Math.round((new Date(at).getTime() - Date.now()) / 1000);

afterEach(() => setClockOffsetSeconds(0));

/** Each customer: one document due in 2 days and one 3 days overdue — 2 reminders each. */
async function seed(db: Db) {
  for (let i = 0; i < CUSTOMERS; i++) {
    const id = `RACE${i}`;
    await addCustomerWithDocuments(db, "polo", id, [
      { id: `${id}-due`, gross: 10_000 + i, dueDate: "2026-12-09" },
      { id: `${id}-late`, gross: 20_000 + i, dueDate: "2026-12-04" },
    ]);
    await db.insert(accounts).values({ tenantId: "polo", customerId: id, login: `race-${i}`, email: `race${i}@example.pl`, status: "active" });
  }
}

async function expectOncePerDocumentAndKind(db: Db) {
  const mails = await db.select({ to: emailOutbox.to, subject: emailOutbox.subject }).from(emailOutbox);
  expect(mails).toHaveLength(CUSTOMERS * 2);
  expect(new Set(mails.map((m) => `${m.to}|${m.subject}`)).size).toBe(CUSTOMERS * 2);
  const done = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(eq(jobs.status, "done"));
  expect(done[0]!.n).toBe(CUSTOMERS * 2);
}

function instance(url: string): { child: ChildProcess; ready: Promise<void>; result: Promise<{ added: number; claimed: number; done: number }> } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/job-race-child.ts"], {
    env: { ...process.env, RACE_DATABASE_URL: url, RACE_CLOCK_OFFSET: String(offset()), LOG_LEVEL: "silent" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let readyResolve: () => void;
  let readyReject: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("ready\n")) readyResolve();
  });
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const result = new Promise<{ added: number; claimed: number; done: number }>((resolve, reject) => {
    child.on("exit", (code) => {
      readyReject(new Error(`race instance exited ${code} before it was ready: ${err || out}`));
      const line = out.split("\n").find((l) => l.startsWith('{"added"'));
      if (code === 0 && line) resolve(JSON.parse(line));
      else reject(new Error(`race instance exited ${code}: ${err || out}`));
    });
  });
  return { child, ready, result };
}

describe(`the scheduler across two instances (${testDbKind})`, () => {
  it("two instances sweeping and claiming at once send each reminder exactly once", { timeout: 120_000 }, async () => {
    vi.spyOn(log(), "info").mockImplementation(() => {});
    if (testDbKind === "postgres") {
      // A database of our own, so the children (separate processes) can open it by URL.
      const name = `mojbok_t_${inject("templateDb").slice("mojbok_tpl_".length)}_race_${randomBytes(4).toString("hex")}`;
      const admin = postgres(inject("adminUrl"), { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDb")}`);
      const own = openPostgres(databaseUrl(name), { max: 2 });
      try {
        await seed(own.db);
        const a = instance(databaseUrl(name));
        const b = instance(databaseUrl(name));
        await Promise.all([a.ready, b.ready]);
        a.child.stdin!.write("go\n");
        b.child.stdin!.write("go\n");
        const [ra, rb] = await Promise.all([a.result, b.result]);
        // Both instances took part (a genuine race); between them the sweeps added each job once and each job was done by one instance.
        expect(ra.claimed).toBeGreaterThan(0);
        expect(rb.claimed).toBeGreaterThan(0);
        expect(ra.added + rb.added).toBe(CUSTOMERS * 2);
        expect(ra.done + rb.done).toBe(CUSTOMERS * 2);
        await expectOncePerDocumentAndKind(own.db);
      } finally {
        await own.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
      return;
    }
    setClockOffsetSeconds(offset());
    await seed(handle.db);
    const loop = async () => {
      const added = await sweepReminders(handle.db, now());
      let done = 0;
      for (let idle = 0; idle < 2;) {
        const report = await runDueJobs(handle.db, jobHandlers, { batchSize: 3 });
        done += report.done;
        idle = report.claimed === 0 ? idle + 1 : 0;
      }
      return { added, done };
    };
    const [ra, rb] = await Promise.all([loop(), loop()]);
    expect(ra.added + rb.added).toBe(CUSTOMERS * 2);
    expect(ra.done + rb.done).toBe(CUSTOMERS * 2);
    await expectOncePerDocumentAndKind(handle.db);
  });
});
