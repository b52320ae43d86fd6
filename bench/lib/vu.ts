import type { Tenant } from "@/lib/tenant/schema";
import { homeRoute } from "@/lib/portal/modules";
import { sleep } from "./stats";
import { Browser, findForm, multipart, selectOptions, type Reply, type RequestOptions } from "./http-client";
import type { LoadStats, Sample } from "./load-stats";

/**
 * One virtual user of the load run (issue #7): a real sign-in through the sign-in form as a browser
 * without JavaScript posts it, then Pulpit → Faktury → one invoice PDF, now and then a new ticket
 * through the real form, with a think time between steps.
 *
 * Why a loop over node:http and not autocannon: each step depends on the one before (the form's
 * action fields, the session cookie, the invoice links of the list, the ticket id in the redirect),
 * every user needs its own cookie jar and X-Forwarded-For address, and each acknowledged ticket must
 * be recorded. autocannon's per-connection request sequences can carry a context, but not per-user
 * sign-ins, parsed multipart forms and per-step latencies without re-implementing most of this.
 */

export type VuAccount = { tenant: Tenant; login: string; password: string };

/** What the run knows about tickets: acknowledged (the answer said stored), and sent but answered by an error. */
export type TicketLedger = {
  acknowledged: { id: string; subject: string }[];
  answerLost: { subject: string; error: string }[];
  refused: { subject: string; note: string }[];
};

export type VuOptions = {
  port: number;
  account: VuAccount;
  /** This user's own client address (X-Forwarded-For), so per-address limits see distinct users. */
  ip: string;
  /** Unique in the run; part of every ticket subject. */
  name: string;
  runTag: string;
  stats: LoadStats;
  tickets: TicketLedger;
  /** No new step starts after this time (ms since epoch). */
  until: number;
  thinkMs: [number, number];
  ticketChance: number;
  /** The app allows 20 tickets per account per hour (lib/tickets/limits.ts); stay under it. */
  maxTickets: number;
  /** Stop early, e.g. when the fault run is over. */
  stopped?: () => boolean;
};

const think = ([min, max]: [number, number]) => sleep(min + Math.random() * (max - min));
const isHtml = (r: Reply) => String(r.headers["content-type"] ?? "").startsWith("text/html");
const snippet = (r: Reply) =>
  r.body
    .toString("utf8")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .slice(0, 160);

const pdfLinks = (r: Reply) => [...new Set([...r.body.toString("utf8").matchAll(/href="(\/faktury\/[^"/]+\/pdf)"/g)].map((m) => m[1]!))];

/** The visible error message of a rendered form (FormMessages' role="alert"), if any. */
function formError(html: string): string | null {
  const m = /role="alert"[^>]*>([\s\S]{0,400}?)<\/(?:div|p)>/.exec(html);
  return m
    ? m[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : null;
}

export async function runVirtualUser(o: VuOptions): Promise<void> {
  const { tenant } = o.account;
  const host = `${tenant.hosts.development[0]}:${o.port}`;
  const browser = new Browser(o.port, host, o.ip);
  const home = homeRoute(tenant);
  const running = () => Date.now() < o.until && !o.stopped?.();
  let ticketsSent = 0;
  let sentToSignIn = false;
  let last: Sample | undefined;
  let category: string | undefined;

  /** One request, recorded; returns the reply when it was what the step expects, else null. */
  const step = async (name: string, request: RequestOptions, expect: (r: Reply) => string | null): Promise<Reply | null> => {
    try {
      const reply = await browser.request(request);
      sentToSignIn = reply.status >= 300 && reply.status < 400 && /^\/(\?|$)/.test(String(reply.headers.location ?? ""));
      const problem = reply.status >= 500 ? `HTTP ${reply.status}` : expect(reply);
      const kind = reply.status >= 500 ? "5xx" : problem ? "unexpected" : "ok";
      last = {
        step: name,
        at: reply.at,
        ms: reply.ms,
        status: reply.status,
        kind,
        note: problem ? `${problem}${isHtml(reply) ? ` — ${snippet(reply)}` : ""}` : undefined,
      };
      o.stats.add(last);
      return kind === "ok" ? reply : null;
    } catch (error) {
      last = {
        step: name,
        at: Date.now(),
        ms: 0,
        status: null,
        kind: "network",
        note: error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error),
      };
      o.stats.add(last);
      return null;
    }
  };
  const page = (r: Reply) => (r.status === 200 ? null : `expected 200, got ${r.status} ${r.headers.location ?? ""}`);

  const signIn = async (): Promise<boolean> => {
    const form = await step("sign-in page", { path: "/" }, (r) =>
      r.status !== 200 ? `expected 200, got ${r.status}` : findForm(r.body.toString("utf8"), 'data-testid="sign-in-form"') ? null : "no sign-in form",
    );
    if (!form) return false;
    const parsed = findForm(form.body.toString("utf8"), 'data-testid="sign-in-form"')!;
    const { body, contentType } = await multipart([...parsed.hidden, ["login", o.account.login], ["password", o.account.password]]);
    const answer = await step(
      "sign-in",
      { method: "POST", path: parsed.action || "/", body, headers: { "content-type": contentType, origin: browser.origin } },
      (r) => {
        const location = String(r.headers.location ?? "");
        if (r.status >= 300 && r.status < 400 && location.endsWith(home) && browser.jar.has("mojbok.session")) return null;
        return `no redirect to ${home} (${r.status} ${location})${isHtml(r) ? `: ${formError(r.body.toString("utf8")) ?? ""}` : ""}`;
      },
    );
    return answer !== null;
  };

  const newTicket = async () => {
    const form = await step(
      "ticket form",
      { path: "/zgloszenia/nowe" },
      (r) => page(r) ?? (selectOptions(r.body.toString("utf8"), "kategoria").some(Boolean) ? null : "no categories on the form"),
    );
    // Without a fresh form the user posts the one still open in the tab (the category seen last time),
    // so writes are attempted during an outage too.
    if (form) category = selectOptions(form.body.toString("utf8"), "kategoria").filter(Boolean)[0]!;
    if (!category) return;
    ticketsSent++;
    const subject = `LOAD ${o.runTag} ${o.name}-${ticketsSent}`;
    const { body, contentType } = await multipart([
      ["kategoria", category],
      ["temat", subject],
      ["wiadomosc", `Zgłoszenie z testu obciążeniowego (${o.name}, nr ${ticketsSent}).`],
    ]);
    let id: string | null = null;
    const sent = await step(
      "new ticket",
      { method: "POST", path: "/api/tickets", body, headers: { "content-type": contentType, origin: browser.origin } },
      (r) => {
        const location = String(r.headers.location ?? "");
        id = /^\/zgloszenia\/([^/?]+)\?wyslano=1$/.exec(location)?.[1] ?? null;
        return r.status === 303 && id ? null : `not acknowledged: ${r.status} ${location}`;
      },
    );
    if (sent && id) {
      o.tickets.acknowledged.push({ id, subject });
      await step(
        "ticket page",
        { path: String(sent.headers.location) },
        (r) => page(r) ?? (r.body.toString("utf8").includes(subject) ? null : "the new ticket's page does not show its subject"),
      );
      return;
    }
    // `last` is this user's answer to the POST (the ticket page is only fetched after an acknowledgement).
    const answer = last!;
    if (answer.kind === "5xx" || answer.kind === "network") o.tickets.answerLost.push({ subject, error: answer.note ?? answer.kind });
    else o.tickets.refused.push({ subject, note: answer.note ?? "?" });
  };

  try {
    let signedIn = false;
    while (running()) {
      if (!signedIn) {
        signedIn = await signIn();
        await think(o.thinkMs);
        continue;
      }
      // A redirect to the sign-in page means the session is gone: sign in again (the redirect is reported as unexpected).
      await step("dashboard", { path: home }, page);
      if (sentToSignIn) signedIn = false;
      await think(o.thinkMs);
      if (!running() || !signedIn) continue;
      const list = await step("invoices", { path: "/faktury" }, (r) => page(r) ?? (pdfLinks(r).length ? null : "no invoice PDF links on the list"));
      if (!list) {
        if (sentToSignIn) signedIn = false;
        await think(o.thinkMs);
        continue;
      }
      const pdfs = pdfLinks(list);
      await think(o.thinkMs);
      if (!running()) break;
      if (pdfs.length) {
        const pdf = pdfs[Math.floor(Math.random() * Math.min(pdfs.length, 5))]!;
        await step(
          "invoice pdf",
          { path: pdf },
          (r) =>
            page(r) ?? (String(r.headers["content-type"]).startsWith("application/pdf") && r.body.subarray(0, 5).toString() === "%PDF-" ? null : "not a PDF"),
        );
        await think(o.thinkMs);
      }
      if (running() && ticketsSent < o.maxTickets && Math.random() < o.ticketChance) {
        await newTicket();
        await think(o.thinkMs);
      }
    }
  } finally {
    browser.close();
  }
}
