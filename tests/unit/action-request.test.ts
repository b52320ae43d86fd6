import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, refuseActionRequest } from "@/lib/security/action-request";

/** The malformed server-action requests proxy.ts answers itself (Next would answer them with a 500). */

const request = (headers: Record<string, string>, pathname = "/", method = "POST") => refuseActionRequest({ method, pathname, headers: new Headers(headers) });
const action = { host: "polo.localhost:3100", "next-action": "7f00", "content-type": "multipart/form-data; boundary=----x" };

describe("refuseActionRequest", () => {
  it("lets our own requests through: same origin, no origin, x-forwarded-host, text/plain and urlencoded fetches", () => {
    expect(request({ ...action, origin: "http://polo.localhost:3100" })).toBeNull();
    expect(request(action)).toBeNull();
    expect(request({ ...action, host: "internal:3000", "x-forwarded-host": "ebok.example.pl, proxy", origin: "https://ebok.example.pl" })).toBeNull();
    expect(request({ ...action, "content-type": "text/plain;charset=UTF-8", origin: "http://polo.localhost:3100" })).toBeNull();
    expect(request({ ...action, "content-type": "application/x-www-form-urlencoded" })).toBeNull();
    expect(request({ host: "polo.localhost:3100", "content-type": "multipart/form-data; boundary=x", origin: "http://polo.localhost:3100" })).toBeNull();
  });

  it("refuses a foreign, unparseable or null Origin on anything Next would treat as an action", () => {
    for (const origin of ["https://evil.example", "http://polsp.localhost:3100", "::nie-adres", "null"]) {
      expect(request({ ...action, origin })).toMatchObject({ status: 403 });
      expect(request({ host: "polo.localhost:3100", "content-type": "multipart/form-data; boundary=x", origin })).toMatchObject({ status: 403 });
      expect(request({ host: "polo.localhost:3100", "content-type": "application/x-www-form-urlencoded", origin })).toMatchObject({ status: 403 });
    }
  });

  it("refuses a fetch action whose body no decoder reads, and one over the 2 MB limit", () => {
    expect(request({ ...action, "content-type": "application/json" })).toMatchObject({ status: 400 });
    expect(request({ ...action, "content-type": "multipart/form-data" })).toMatchObject({ status: 400 });
    const { "content-type": _type, ...untyped } = action;
    expect(request(untyped)).toMatchObject({ status: 400 });
    expect(request({ ...action, "content-length": String(ACTION_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(request({ ...action, "content-length": String(ACTION_BODY_LIMIT) })).toBeNull();
  });

  it("leaves alone what is not a possible action: GET, JSON posts, and the /api/ route handlers", () => {
    expect(request({ ...action, origin: "https://evil.example" }, "/", "GET")).toBeNull();
    expect(request({ host: "polo.localhost:3100", "content-type": "application/json", origin: "https://evil.example" })).toBeNull();
    expect(request({ ...action, origin: "https://evil.example" }, "/api/import")).toBeNull();
    expect(request({ ...action, origin: "https://evil.example" }, "/api/platnosci/przelewy24")).toBeNull();
  });
});
