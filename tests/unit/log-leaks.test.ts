import { describe, expect, it } from "vitest";
import { demoSecrets, leaksIn } from "../e2e/log-leaks";

/** The check the e2e log spec (tests/e2e/log-leaks.spec.ts) relies on: it does find a planted secret. */
describe("server-log leak check", () => {
  const secrets = demoSecrets();

  it("lists every demo PESEL and NIP and the demo password", () => {
    expect(secrets.some((s) => /^\d{11}$/.test(s))).toBe(true);
    expect(secrets.some((s) => /^\d{10}$/.test(s))).toBe(true);
    expect(secrets).toContain("Zielony-Kwiat-2026");
  });

  it("reports a secret planted in a log and passes a clean one", () => {
    const clean = '{"level":"info","msg":"request","route":"/","status":200}\n{"level":"info","msg":"job","outcome":"sent"}';
    expect(leaksIn(clean, secrets)).toEqual([]);
    const planted = `${clean}\nError: duplicate key (pesel)=(${secrets[0]})`;
    expect(leaksIn(planted, secrets)).toHaveLength(1);
    expect(leaksIn(planted, secrets)[0]).not.toContain(secrets[0]!);
  });
});
