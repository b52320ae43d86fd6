import { describe, expect, it } from "vitest";
import { afterSignInPath, safeNextPath, withNext } from "@/lib/auth/next-path";
import { cases } from "@/tests/helpers/cases";

/** "After sign-in, back where you were" (lib/auth/next-path.ts): same-host paths only. */
describe("safeNextPath", () => {
  const ticket = "/zgloszenia/3f0c1a52-8d7e-4b0e-9a51-0f1e2d3c4b5a";
  it.each([ticket, "/faktury/E2E-ab12-FV%2F2026%2F10", "/faktury?rok=2026&typ=faktura", "/moje-dane/potwierdz-email/AbC_dEf-123", "/"])(
    "keeps a path of this host with its query, percent-encoding as it is: %s",
    (raw) => {
      expect(safeNextPath(raw)).toBe(raw);
    },
  );

  it.each(cases({ "/faktury/../umowy": "/umowy", "/umowy#tabela": "/umowy" }))("resolves dot segments and drops a fragment: %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/pulpit"],
    ["absolute https", "https://evil.example"],
    ["absolute http to another tenant", "http://polsp.localhost:3000/faktury/1"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash then slash", "\\/evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative, no slash", "pulpit"],
    ["encoded slashes, not a path", "%2F%2Fevil.example"],
    ["encoded backslash start, not a path", "%5Cevil.example"],
    ["a tab the browser would drop", "/\t/evil.example"],
    ["a newline the browser would drop", "/\n/evil.example"],
    ["a space", "/ /evil.example"],
    ["dot segments that resolve to //", "/.//evil.example"],
    ["dot-dot segments that resolve to //", "/a/..//evil.example"],
    ["non-ASCII", "/faktury/ł"],
    ["empty", ""],
    ["too long", `/${"a".repeat(2000)}`],
  ])("refuses %s", (_name, raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });

  // Percent-encoded, these are path text: the browser asks this host for them, never evil.example.
  it.each(["/%2F%2Fevil.example", "/%5Cevil.example", "/javascript:alert(1)"])("keeps the encoded look-alike %s as a plain path of this host", (raw) => {
    expect(safeNextPath(raw)).toBe(raw);
  });

  it("refuses what is not a string", () => {
    for (const raw of [undefined, null, 42, ["/pulpit"], { toString: () => "/pulpit" }]) expect(safeNextPath(raw)).toBeNull();
  });
});

describe("afterSignInPath and withNext", () => {
  it.each([
    ["/faktury/1", "/umowy", "/faktury/1"],
    ["//evil.example", "/umowy", "/umowy"],
    [undefined, "/pulpit", "/pulpit"],
  ])("falls back to the tenant's home for anything unsafe: %s", (next, home, expected) => {
    expect(afterSignInPath(next, home)).toBe(expected);
  });

  it("adds ?next= encoded", () => {
    expect(withNext("/", "/faktury/E2E-FV%2F1", "/pulpit")).toBe("/?next=%2Ffaktury%2FE2E-FV%252F1");
  });

  it("adds &next= after a query", () => {
    expect(withNext("/?wylogowano=bezczynnosc", "/zgloszenia/7?x=1", "/pulpit")).toBe("/?wylogowano=bezczynnosc&next=%2Fzgloszenia%2F7%3Fx%3D1");
  });

  it.each(["/pulpit", "https://evil.example"])("leaves ?next= off for the home page or an unsafe path: %s", (next) => {
    expect(withNext("/zmiana-hasla", next, "/pulpit")).toBe("/zmiana-hasla");
  });

  it("leaves ?next= off when there is none", () => {
    expect(withNext("/", null, "/pulpit")).toBe("/");
  });
});
