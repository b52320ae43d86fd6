import { describe, expect, it } from "vitest";
import { afterSignInPath, safeNextPath, withNext } from "@/lib/auth/next-path";

/** "After sign-in, back where you were" (lib/auth/next-path.ts): same-host paths only. */
describe("safeNextPath", () => {
  it("keeps a path of this host with its query, percent-encoding as it is", () => {
    expect(safeNextPath("/zgloszenia/3f0c1a52-8d7e-4b0e-9a51-0f1e2d3c4b5a")).toBe("/zgloszenia/3f0c1a52-8d7e-4b0e-9a51-0f1e2d3c4b5a");
    expect(safeNextPath("/faktury/E2E-ab12-FV%2F2026%2F10")).toBe("/faktury/E2E-ab12-FV%2F2026%2F10");
    expect(safeNextPath("/faktury?rok=2026&typ=faktura")).toBe("/faktury?rok=2026&typ=faktura");
    expect(safeNextPath("/moje-dane/potwierdz-email/AbC_dEf-123")).toBe("/moje-dane/potwierdz-email/AbC_dEf-123");
    expect(safeNextPath("/")).toBe("/");
  });

  it("resolves dot segments and drops a fragment", () => {
    expect(safeNextPath("/faktury/../umowy")).toBe("/umowy");
    expect(safeNextPath("/umowy#tabela")).toBe("/umowy");
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

  it("keeps encoded look-alikes of hosts as plain paths of this host", () => {
    // Percent-encoded, these are path text: the browser asks this host for them, never evil.example.
    expect(safeNextPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeNextPath("/%5Cevil.example")).toBe("/%5Cevil.example");
    expect(safeNextPath("/javascript:alert(1)")).toBe("/javascript:alert(1)");
  });

  it("refuses what is not a string", () => {
    for (const raw of [undefined, null, 42, ["/pulpit"], { toString: () => "/pulpit" }]) expect(safeNextPath(raw)).toBeNull();
  });
});

describe("afterSignInPath and withNext", () => {
  it("falls back to the tenant's home for anything unsafe", () => {
    expect(afterSignInPath("/faktury/1", "/umowy")).toBe("/faktury/1");
    expect(afterSignInPath("//evil.example", "/umowy")).toBe("/umowy");
    expect(afterSignInPath(undefined, "/pulpit")).toBe("/pulpit");
  });

  it("adds ?next= or &next= encoded, and leaves it off for the home page or an unsafe path", () => {
    expect(withNext("/", "/faktury/E2E-FV%2F1", "/pulpit")).toBe("/?next=%2Ffaktury%2FE2E-FV%252F1");
    expect(withNext("/?wylogowano=bezczynnosc", "/zgloszenia/7?x=1", "/pulpit")).toBe("/?wylogowano=bezczynnosc&next=%2Fzgloszenia%2F7%3Fx%3D1");
    expect(withNext("/zmiana-hasla", "/pulpit", "/pulpit")).toBe("/zmiana-hasla");
    expect(withNext("/zmiana-hasla", "https://evil.example", "/pulpit")).toBe("/zmiana-hasla");
    expect(withNext("/", null, "/pulpit")).toBe("/");
  });
});
