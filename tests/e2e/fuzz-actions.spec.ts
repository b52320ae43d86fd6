import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { expect, test, type Browser } from "@playwright/test";
import { ACTION_TOO_LARGE_TEXT } from "@/lib/security/action-request";
import { REQUEST_REFUSED_TEXT } from "@/lib/request/refusal";
import { formFields, fuzzParams, fuzzRuns, isPolishMessage, stackTraceIn } from "@/tests/helpers/fuzz";
import { buildActions, cookieHeader, multipart, origin, send, type ActionEntry, type Answer, type Sent } from "./fuzz-http";
import { createAccount } from "./recovery-accounts";
import { SESSION_COOKIE } from "./sign-in-helpers";
import { consoleUrl, staffSession } from "./staff";
import type { TenantId } from "./factories";

/**
 * Issue #7 item 4: every server action of the build is a public endpoint (docs/style.md §2), so each is
 * sent fast-check-generated requests — any field names and values, unicode, NUL, 20 000-character
 * texts, duplicated fields, arguments of the wrong type, both ways Next accepts an action (fetch and
 * JavaScript-free form post), own/foreign/missing/invalid Origin, with and without a session. No
 * answer may be a 5xx or carry a stack trace, and a form's messages are Polish.
 * Requests Next itself cannot decode are the last test: docs/decisions/0010-fuzzing.md.
 */

/**
 * The build's actions are read when a test runs, not when the file is loaded: Playwright lists the
 * tests before its web server has built the app (a fresh clone has no .next yet). The tests are
 * shards of that list instead of one per action.
 */
const SHARDS = 6;
let loaded: ActionEntry[] | undefined;
const actions = () => (loaded ??= buildActions());
const actionNamed = (name: string) => actions().find((a) => a.name === name)!;
const tenants: TenantId[] = ["polo", "polsp", "mpec"];
const RUNS = fuzzRuns(20);

// ---- building a request -------------------------------------------------------------------

type Variant = "fetch" | "fetch-args" | "form-post" | "form-post-id" | "urlencoded";
type OriginKind = "own" | "none" | "foreign" | "invalid" | "null";
type Case = {
  variant: Variant;
  origin: OriginKind;
  signedIn: boolean;
  tenant: TenantId;
  crossHost: boolean;
  fields: [string, string][];
  state: unknown;
  args: unknown[];
};

const caseArb: fc.Arbitrary<Case> = fc.record({
  variant: fc.oneof(
    { weight: 4, arbitrary: fc.constant<Variant>("fetch") },
    { weight: 1, arbitrary: fc.constant<Variant>("fetch-args") },
    { weight: 3, arbitrary: fc.constant<Variant>("form-post") },
    { weight: 1, arbitrary: fc.constant<Variant>("form-post-id") },
    { weight: 1, arbitrary: fc.constant<Variant>("urlencoded") },
  ),
  origin: fc.oneof(
    { weight: 12, arbitrary: fc.constant<OriginKind>("own") },
    { weight: 1, arbitrary: fc.constantFrom<OriginKind>("none", "foreign", "invalid", "null") },
  ),
  signedIn: fc.boolean(),
  tenant: fc.constantFrom(...tenants),
  crossHost: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  fields: formFields,
  state: fc.jsonValue({ maxDepth: 2 }),
  args: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
});

/** React's reply format reads a string that starts with "$" as a reference; its encoder doubles the "$". */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  return value;
}

const originHeader: Record<OriginKind, (host: string) => string | null> = {
  own: (host) => origin(host),
  none: () => null,
  foreign: () => "https://evil.example",
  invalid: () => "::nie-adres",
  null: () => "null",
};

type Sessions = { customer?: { tenant: TenantId; cookie: string }; staff?: string };

async function buildRequest(action: ActionEntry, c: Case, sessions: Sessions): Promise<Sent> {
  const tenant = c.signedIn && sessions.customer ? sessions.customer.tenant : c.tenant;
  const home = action.console ? "admin.localhost" : `${tenant}.localhost`;
  const host = c.crossHost ? (action.console ? `${tenant}.localhost` : "admin.localhost") : home;
  const headers: Record<string, string> = {};
  const o = originHeader[c.origin](host);
  if (o !== null) headers.Origin = o;
  const cookie = c.signedIn ? (action.console ? sessions.staff : sessions.customer?.cookie) : undefined;
  if (cookie) headers.Cookie = cookie;

  const fetchHeaders = { ...headers, "Next-Action": action.id, Accept: "text/x-component" };
  const sent = (base: Record<string, string>, contentType: string, body: Buffer): Sent => ({
    host,
    path: action.path,
    headers: { ...base, "Content-Type": contentType },
    body,
  });
  switch (c.variant) {
    case "fetch": {
      // As React's encodeReply writes [previousState, formData]: the form's fields first, the root last.
      const { body, contentType } = await multipart([
        ...c.fields.map(([k, v]): [string, string] => [`_1_${k}`, v]),
        ["0", JSON.stringify([escapeReply(c.state), "$K1"])],
      ]);
      return sent(fetchHeaders, contentType, body);
    }
    case "fetch-args":
      // Well-formed arguments of the wrong kinds: no FormData, numbers, objects, too few, too many.
      return sent(fetchHeaders, "text/plain;charset=UTF-8", Buffer.from(JSON.stringify(escapeReply(c.args))));
    case "form-post": {
      // The JavaScript-free post of a useActionState form, as the page renders its hidden inputs.
      const hidden: [string, string][] = [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" })],
        ["$ACTION_1:1", JSON.stringify([escapeReply(c.state)])],
        ["$ACTION_KEY", `k${randomBytes(16).toString("hex")}`],
      ];
      const { body, contentType } = await multipart([...hidden, ...c.fields]);
      return sent(headers, contentType, body);
    }
    case "form-post-id": {
      // A post naming the action without bound state: the action gets the FormData as its first argument.
      const { body, contentType } = await multipart([[`$ACTION_ID_${action.id}`, ""], ...c.fields]);
      return sent(headers, contentType, body);
    }
    case "urlencoded":
      return sent(fetchHeaders, "application/x-www-form-urlencoded", Buffer.from(new URLSearchParams(c.fields).toString()));
  }
}

// ---- what an answer may be ----------------------------------------------------------------

/** The FormState messages of a fetch action's answer (RSC rows "1:{…}"). */
function flightMessages(body: string): string[] {
  const messages: string[] = [];
  for (const row of body.split("\n")) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(row)?.[1];
    if (!json) continue;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      continue;
    }
    const state = value as { status?: unknown; formError?: unknown; message?: unknown; fieldErrors?: unknown };
    if (typeof state.status !== "string") continue;
    for (const text of [state.formError, state.message]) if (typeof text === "string" && !text.startsWith("$")) messages.push(text);
    if (state.fieldErrors && typeof state.fieldErrors === "object")
      for (const list of Object.values(state.fieldErrors)) if (Array.isArray(list)) messages.push(...list.filter((m): m is string => typeof m === "string"));
  }
  return messages;
}

/**
 * A formError that is a code its form turns into a Polish screen, not a message: the activation form
 * shows "used" / "expired" / "invalid" as its own texts (app/aktywacja/[token]/activation-form.tsx).
 */
const screenCodes: Record<string, readonly string[]> = { activateAction: ["used", "expired", "invalid"] };

const describeAnswer = (sent: Sent, answer: Answer) =>
  `${sent.method ?? "POST"} ${sent.host}${sent.path} ${JSON.stringify(sent.headers)} → ${answer.status}\n${answer.body.slice(0, 400)}`;

function checkAnswer(action: ActionEntry, c: Case, sent: Sent, answer: Answer) {
  const context = describeAnswer(sent, answer);
  expect(stackTraceIn(answer.body), context).toBeNull();
  if (c.origin === "foreign" || c.origin === "invalid" || c.origin === "null") {
    // S16, and what Next would otherwise answer with a 500 (lib/security/action-request.ts).
    expect(answer.status, context).toBe(403);
    expect(answer.body, context).toBe(REQUEST_REFUSED_TEXT);
    return;
  }
  expect(answer.status, context).toBeLessThan(500);
  for (const message of flightMessages(answer.body)) {
    if (screenCodes[action.name]?.includes(message)) continue;
    expect(isPolishMessage(message), `not Polish: ${JSON.stringify(message)}\n${context}`).toBe(true);
  }
}

// ---- sessions -----------------------------------------------------------------------------

async function fetchAction(action: ActionEntry, host: string, fields: [string, string][], cookie?: string): Promise<Answer> {
  const { body, contentType } = await multipart([
    ...fields.map(([k, v]): [string, string] => [`_1_${k}`, v]),
    ["0", JSON.stringify([{ status: "idle" }, "$K1"])],
  ]);
  return send({
    host,
    path: action.path,
    headers: { Origin: origin(host), "Next-Action": action.id, Accept: "text/x-component", "Content-Type": contentType, ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });
}

/** A new customer of `tenant`, signed in through the sign-in action itself. */
async function customerSession(tenant: TenantId): Promise<{ tenant: TenantId; cookie: string }> {
  const account = await createAccount(tenant);
  const answer = await fetchAction(actionNamed("signInAction"), `${tenant}.localhost`, [
    ["login", account.login],
    ["password", account.password],
  ]);
  const cookie = cookieHeader(answer.headers["set-cookie"]);
  expect(cookie, describeAnswer({ host: tenant, path: "/" }, answer)).toContain(`${SESSION_COOKIE}=`);
  return { tenant, cookie };
}

async function staffCookie(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    await staffSession(page, "admin", tenants);
    const cookies = await page.context().cookies(consoleUrl("/"));
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await page.close();
  }
}

// ---- the tests ----------------------------------------------------------------------------

test.describe("fuzz: server actions", () => {
  let staff: string;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(60_000);
    staff = await staffCookie(browser);
  });

  test("the request format reaches the actions: fields, session and Origin are seen (else the fuzz tests nothing)", async () => {
    const polo = "polo.localhost";
    expect(actions().length).toBeGreaterThan(30);
    const echoed = await fetchAction(actionNamed("signInAction"), polo, [["login", "Zażółć"]]);
    expect(echoed.status).toBe(200);
    expect(echoed.body).toContain('"values":{"login":"Zażółć"}');
    expect(flightMessages(echoed.body)).toContain("Pole Hasło jest wymagane");

    const change = actionNamed("changePasswordAction");
    const session = await customerSession("polo");
    const signedIn = await fetchAction(change, polo, [], session.cookie);
    expect(signedIn.body).toContain('"fieldErrors"'); // past requireCustomer, into the schema
    const anonymous = await fetchAction(change, polo, []);
    expect(anonymous.headers["x-action-redirect"]).toBeTruthy(); // requireCustomer sends to sign-in
    expect(anonymous.body).not.toContain('"fieldErrors"');

    const staffAction = actionNamed("createImportKeyAction");
    const konsola = await fetchAction(staffAction, "admin.localhost", [["label", ""]], staff);
    expect(konsola.body).toContain('"fieldErrors"');
  });

  for (let shard = 0; shard < SHARDS; shard++) {
    test(`every action, shard ${shard + 1}/${SHARDS}: no 5xx, no stack trace, Polish messages`, async () => {
      const mine = actions().filter((_, i) => i % SHARDS === shard);
      test.setTimeout(60_000 + mine.length * (2_000 + RUNS * 300));
      const failures: string[] = [];
      for (const action of mine) {
        // A session of its own: the fuzz may sign it out or lock the account.
        const sessions: Sessions = action.console
          ? { staff: action.name === "staffSignOutAction" ? undefined : staff }
          : { customer: await customerSession(tenants[actions().indexOf(action) % tenants.length]!) };
        try {
          await fc.assert(
            fc.asyncProperty(caseArb, async (c) => {
              const sent = await buildRequest(action, c, sessions);
              checkAnswer(action, c, sent, await send(sent));
            }),
            fuzzParams(RUNS),
          );
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : "";
          failures.push(`${action.name} (${action.file}): ${error instanceof Error ? error.message : String(error)}${cause}`);
        }
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  }

  test("requests Next cannot decode: a 4xx where our proxy can tell, else Next's opaque 500 — never our code, never a trace", async () => {
    test.setTimeout(60_000 + RUNS * 400);
    const host = "polo.localhost";
    const base = { Origin: origin(host), "Next-Action": actionNamed("signInAction").id, Accept: "text/x-component" };
    const post = (headers: Record<string, string>, body: Buffer | Buffer[]) => send({ host, path: "/", headers: { ...base, ...headers }, body });
    const opaque = (a: Answer) => a.status === 500 && (/^0:\{[^\n]*\}\n1:E\{"digest":"\d+"\}\n?$/.test(a.body) || a.body === "Internal Server Error");

    // Fixed in proxy.ts (Next answered each of these with a 500 before any action ran).
    expect((await post({ "Content-Type": "application/json" }, Buffer.from('{"login":"a"}'))).status).toBe(400);
    expect((await post({ "Content-Type": "multipart/form-data" }, Buffer.from("x"))).status).toBe(400);
    expect((await post({ "Content-Type": "text/plain", Origin: "::nie-adres" }, Buffer.from("[]"))).status).toBe(403);
    const huge = await post({ "Content-Type": "text/plain", "Content-Length": String(3 * 1024 * 1024) }, Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect([huge.status, huge.body]).toEqual([413, ACTION_TOO_LARGE_TEXT]);
    // Next's own 4xx for ids it does not know.
    expect(
      (await send({ host, path: "/", headers: { ...base, "Next-Action": "7f" + "0".repeat(40), "Content-Type": "text/plain" }, body: Buffer.from("[]") }))
        .status,
    ).toBeLessThan(500);
    expect(
      (await send({ host, path: "/", headers: { ...base, "Next-Action": "nie-id", "Content-Type": "text/plain" }, body: Buffer.from("[]") })).status,
    ).toBeLessThan(500);

    // Bodies no decoder can read: the action is never called, so a 500 here is Next's own, and it
    // must stay opaque (a digest, no message). Documented in docs/decisions/0010-fuzzing.md.
    const undecodable = fc.oneof(
      // not JSON, as a text body
      fc
        .string({ unit: "binary", maxLength: 200 })
        .filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        })
        .map((s) => ({ type: "text/plain;charset=UTF-8", body: Buffer.from(s) })),
      // multipart without the root row "0"
      formFields.filter((f) => !f.some(([k]) => k === "0")).map((fields) => ({ type: "multipart", fields })),
      // multipart framing that does not match its boundary, or is cut short
      fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ type: "multipart/form-data; boundary=----fuzz", body: Buffer.from(bytes) })),
    );
    let frameworkErrors = 0;
    await fc.assert(
      fc.asyncProperty(undecodable, async (input) => {
        const { type, body } =
          "fields" in input
            ? await multipart(input.fields.map(([k, v]): [string, string] => [`_1_${k}`, v])).then((m) => ({ type: m.contentType, body: m.body }))
            : input;
        const answer = await post({ "Content-Type": type }, body);
        const context = describeAnswer({ host, path: "/", headers: { "Content-Type": type } }, answer);
        expect(stackTraceIn(answer.body), context).toBeNull();
        if (answer.status >= 500) {
          expect(opaque(answer), context).toBe(true);
          frameworkErrors++;
        }
      }),
      fuzzParams(RUNS * 2),
    );
    test.info().annotations.push({
      type: "framework 500s",
      description: `${frameworkErrors} of ${fuzzRuns(RUNS * 2)} undecodable bodies (Next's own, before any action)`,
    });
  });
});
