import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "@/lib/log/logger";
import { scrub } from "@/lib/log/scrub";
import { requestIdFrom } from "@/lib/log/request-id";
import { loggedRoute } from "@/lib/log/http";
import { demoIdentities } from "@/lib/demo/identities";

/** A logger writing into an array of parsed JSON lines. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(sink as unknown as Parameters<typeof createLogger>[0]);
  logger.level = "info";
  return { logger, lines };
}

describe("scrub (free text)", () => {
  it("removes PESEL, NIP, e-mail addresses, secret pairs and random tokens", () => {
    const text = scrub(
      "PESEL 78041741257, NIP 526-104-08-28 i 5261040828, adres jan.kowalski@example.pl, password=Zielony-Kwiat-2026 token: abcDEF123ghiJKL456 /aktywacja/Qm9vX3JhbmRvbV90b2tlbg",
    );
    expect(text).not.toMatch(/78041741257|526-104-08-28|5261040828|jan\.kowalski|Zielony-Kwiat|abcDEF123ghiJKL456|Qm9vX3JhbmRvbV90b2tlbg/);
    expect(text).toContain("[PESEL]");
    expect(text).toContain("[NIP]");
    expect(text).toContain("[e-mail]");
    expect(text).toContain("password=[redacted]");
  });

  it("keeps what an operator needs: slugs, UUIDs, short numbers, status codes", () => {
    const text = "GET /odzyskiwanie-hasla 503 in 12 ms, message 3f2b8c1e-9a4d-4b6e-8f00-123456789abc, faktura FV/2026/11/000123";
    expect(scrub(text)).toBe(text);
  });
});

describe("logger (pino redact + scrubber)", () => {
  it("never writes a demo identity's PESEL, a password, a code, a token or an e-mail body", () => {
    const { logger, lines } = capture();
    const pesel = Object.values(demoIdentities)
      .flat()
      .find((i) => i.pesel)!.pesel!;
    logger.info(
      {
        pesel,
        password: "Zielony-Kwiat-2026",
        code: "483920",
        token: "t0k3nValue1234567890",
        mail: { to: "a@b.pl", html: "<p>Hasło: X</p>", text: "Hasło: X" },
      },
      "sign-in",
    );
    logger.info(`registration for ${pesel} with code 483920 failed`);
    logger.error({ err: new Error(`duplicate key value (pesel)=(${pesel})`) }, "query failed");
    const all = lines.join("\n");
    expect(lines).toHaveLength(3);
    for (const secret of [pesel, "Zielony-Kwiat-2026", "483920", "t0k3nValue1234567890", "a@b.pl", "Hasło: X"]) expect(all).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "info", msg: "sign-in", pesel: "[redacted]", password: "[redacted]" });
  });

  it("keeps the request line's fields", () => {
    const { logger, lines } = capture();
    logger.info({ reqId: "3f2b8c1e-9a4d-4b6e-8f00-123456789abc", tenant: "polo", method: "GET", route: "/faktury", status: 200, ms: 12.5 }, "request");
    expect(JSON.parse(lines[0]!)).toMatchObject({
      reqId: "3f2b8c1e-9a4d-4b6e-8f00-123456789abc",
      tenant: "polo",
      route: "/faktury",
      status: 200,
      ms: 12.5,
      msg: "request",
    });
  });
});

describe("request id and logged route", () => {
  it("accepts a sane id and replaces anything else", () => {
    expect(requestIdFrom("haproxy-7f3a9c01")).toBe("haproxy-7f3a9c01");
    for (const bad of [null, undefined, "", "short", "has spaces in it", "<script>alert(1)</script>", "x".repeat(200), "id-78041741257"])
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("drops the query string and a token page's token", () => {
    expect(loggedRoute("/haslo/ustaw/abcDEF123?x=1")).toBe("/haslo/ustaw/[token]");
    expect(loggedRoute("/aktywacja?token=abc")).toBe("/aktywacja");
    expect(loggedRoute("/faktury/123/pdf?download=1")).toBe("/faktury/123/pdf");
  });
});

describe("console scrubber", () => {
  it("scrubs what is printed without the logger, e.g. a failed query's parameters in Next's error line", async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.join(" ")));
    const { installConsoleScrubber } = await import("@/lib/log/console");
    installConsoleScrubber();
    console.error(" ⨯", new Error("Failed query: select * from customers where pesel = $1\nparams: 78041741257"));
    console.error("sign-in for jan@example.pl");
    spy.mockRestore();
    expect(printed.join("\n")).not.toMatch(/78041741257|jan@example\.pl/);
    expect(printed.join("\n")).toContain("Failed query");
  });
});
