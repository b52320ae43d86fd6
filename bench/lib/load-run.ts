import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { LoadStats } from "./load-stats";
import { runVirtualUser, type TicketLedger, type VuAccount } from "./vu";
import { sleep } from "./stats";

export type LoadOptions = {
  port: number;
  accounts: VuAccount[];
  seconds: number;
  /** The users start one after another over this many seconds (200 sign-ins at once are not a real morning). */
  rampSeconds: number;
  thinkMs?: [number, number];
  ticketChance?: number;
  maxTickets?: number;
  stopped?: () => boolean;
  /** Index of the first client address (userIp), so runs against one server can use distinct addresses. */
  firstIp?: number;
};

export type LoadRun = { runTag: string; stats: LoadStats; tickets: TicketLedger; startedAt: number; endedAt: number };

/** Client address of user i: 10.x.y.z, distinct per user (the app reads it from X-Forwarded-For). */
export function userIp(i: number): string {
  const n = i + 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export async function runLoad(o: LoadOptions): Promise<LoadRun> {
  const runTag = randomBytes(4).toString("hex");
  const stats = new LoadStats();
  const tickets: TicketLedger = { acknowledged: [], answerLost: [], refused: [] };
  const startedAt = Date.now();
  const until = startedAt + o.seconds * 1000;
  const users = o.accounts.map(async (account, i) => {
    await sleep((i * o.rampSeconds * 1000) / Math.max(1, o.accounts.length));
    await runVirtualUser({
      port: o.port,
      account,
      ip: userIp((o.firstIp ?? 0) + i),
      name: `vu${i}`,
      runTag,
      stats,
      tickets,
      until,
      thinkMs: o.thinkMs ?? [500, 2500],
      ticketChance: o.ticketChance ?? 0.2,
      maxTickets: o.maxTickets ?? 15,
      stopped: o.stopped,
    });
  });
  await Promise.all(users);
  return { runTag, stats, tickets, startedAt, endedAt: Date.now() };
}

export type TicketCheck = {
  acknowledged: number;
  stored: number;
  /** Acknowledged but not in the database. */
  lost: string[];
  /** Subjects stored more than once. */
  duplicated: string[];
  /** Stored though the answer was an error (5xx / network): the write happened, its answer was lost. */
  storedAnswerLost: string[];
  /** Stored without any acknowledgement or lost answer — should never happen. */
  storedUnexplained: string[];
  ok: boolean;
};

/** Acknowledged tickets against the rows of the tickets table with this run's subjects. */
export async function checkTickets(db: Db, run: LoadRun): Promise<TicketCheck> {
  const rows = (await db.execute(sql`SELECT id::text AS id, subject FROM tickets WHERE subject LIKE ${`LOAD ${run.runTag} %`}`)) as unknown as {
    id: string;
    subject: string;
  }[];
  const bySubject = new Map<string, string[]>();
  for (const r of rows) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r.id]);
  const acked = new Map(run.tickets.acknowledged.map((t) => [t.subject, t.id]));
  const lostAnswers = new Set(run.tickets.answerLost.map((t) => t.subject));
  const lost = run.tickets.acknowledged.filter((t) => !(bySubject.get(t.subject) ?? []).includes(t.id)).map((t) => `${t.subject} (${t.id})`);
  const duplicated = [...bySubject].filter(([, ids]) => ids.length > 1).map(([s, ids]) => `${s} ×${ids.length}`);
  const unacked = [...bySubject.keys()].filter((s) => !acked.has(s));
  const storedAnswerLost = unacked.filter((s) => lostAnswers.has(s));
  const storedUnexplained = unacked.filter((s) => !lostAnswers.has(s));
  return {
    acknowledged: run.tickets.acknowledged.length,
    stored: rows.length,
    lost,
    duplicated,
    storedAnswerLost,
    storedUnexplained,
    ok: lost.length === 0 && duplicated.length === 0 && storedUnexplained.length === 0,
  };
}

export function ticketLines(check: TicketCheck, run: LoadRun): string[] {
  return [
    `- Tickets acknowledged: **${check.acknowledged}**, stored with this run's subjects: **${check.stored}**`,
    `- Acknowledged but missing (lost writes): **${check.lost.length}**${check.lost.length ? ` — ${check.lost.slice(0, 10).join(", ")}` : ""}`,
    `- Stored more than once (duplicated writes): **${check.duplicated.length}**${check.duplicated.length ? ` — ${check.duplicated.slice(0, 10).join(", ")}` : ""}`,
    `- Sent, answer lost to an error (5xx / network): ${run.tickets.answerLost.length}, of which stored anyway: ${check.storedAnswerLost.length}`,
    `- Stored without acknowledgement and without a lost answer: **${check.storedUnexplained.length}**`,
    `- Refused by the app (sent back to the form, e.g. a rate limit): ${run.tickets.refused.length}${run.tickets.refused.length ? ` — ${run.tickets.refused[0]!.note.slice(0, 200)}` : ""}`,
  ];
}
