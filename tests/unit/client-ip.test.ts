import { describe, expect, it } from "vitest";
import { pickClientIp } from "@/lib/security/client-ip";

describe("client address from X-Forwarded-For", () => {
  it("S07: takes the entry our proxy appended, not what the client sent before it", () => {
    expect(pickClientIp("127.0.0.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(pickClientIp("10.9.9.9, 198.51.100.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(pickClientIp("10.9.9.9, 198.51.100.4, 203.0.113.9", 2)).toBe("198.51.100.4");
    expect(pickClientIp("203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("gives nothing for missing, garbage or too few entries", () => {
    expect(pickClientIp(null, 1)).toBeNull();
    expect(pickClientIp("", 1)).toBeNull();
    expect(pickClientIp("203.0.113.9", 2)).toBeNull();
    expect(pickClientIp("not-an-ip", 1)).toBeNull();
    expect(pickClientIp("203.0.113.9", 0)).toBeNull();
  });
});
