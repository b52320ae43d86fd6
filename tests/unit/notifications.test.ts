import { describe, expect, it } from "vitest";
import { cases } from "@/tests/helpers/cases";
import { inQuietHours, outsideQuietHours } from "@/lib/jobs/quiet-hours";
import { isOneClickBody } from "@/lib/notifications/one-click";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

describe("quiet hours 21:00–08:00 Europe/Warsaw", () => {
  it.each(
    cases({
      "22:00 in winter waits for 08:00 (07:00 UTC) the next day": ["2026-12-14T21:00:00Z", "2026-12-15T07:00:00.000Z"],
      "21:00 exactly is quiet": ["2026-12-14T20:00:00Z", "2026-12-15T07:00:00.000Z"],
      "20:59 is not": ["2026-12-14T19:59:00Z", "2026-12-14T19:59:00.000Z"],
      "07:59 waits a minute": ["2026-12-15T06:59:00Z", "2026-12-15T07:00:00.000Z"],
      "08:00 goes at once": ["2026-12-15T07:00:00Z", "2026-12-15T07:00:00.000Z"],
      "summer: 08:00 is 06:00 UTC": ["2026-07-01T20:30:00Z", "2026-07-02T06:00:00.000Z"],
      "the night DST starts (29 March)": ["2026-03-28T21:00:00Z", "2026-03-29T06:00:00.000Z"],
      "the night DST ends (25 October)": ["2026-10-24T21:00:00Z", "2026-10-25T07:00:00.000Z"],
      "new year's eve rolls into the next year": ["2026-12-31T22:00:00Z", "2027-01-01T07:00:00.000Z"],
    }),
  )("%s", (_, [at, expected]) => {
    expect(outsideQuietHours(new Date(at!)).toISOString()).toBe(expected);
    expect(inQuietHours(new Date(expected!))).toBe(false);
  });
});

describe("S35: the unsubscribe token", () => {
  const token = signUnsubscribeToken({ tenantId: "polo", customerId: "C1", event: "payment_due" });
  it("round-trips and names one tenant, customer and event", () => {
    expect(verifyUnsubscribeToken(token)).toEqual({ tenantId: "polo", customerId: "C1", event: "payment_due" });
  });
  it.each(
    cases({
      "a changed signature": token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"),
      "a changed payload": `${Buffer.from(JSON.stringify(["polo", "C2", "payment_due"])).toString("base64url")}.${token.split(".")[1]}`,
      "no signature": token.split(".")[0]!,
      "an extra part": `${token}.x`,
      "the regulation (always on)": signUnsubscribeToken({ tenantId: "polo", customerId: "C1", event: "regulation_change" }),
      garbage: "%%%",
    }),
  )("refuses %s", (_, bad) => expect(verifyUnsubscribeToken(bad)).toBeNull());
});

describe("RFC 8058 one-click body", () => {
  const post = (body: BodyInit, type?: string) => new Request("http://x/", { method: "POST", body, headers: type ? { "content-type": type } : {} });
  it("accepts List-Unsubscribe=One-Click as a form or multipart, nothing else", async () => {
    expect(await isOneClickBody(post("List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"), 4096)).toBe(true);
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    expect(await isOneClickBody(post(form), 4096)).toBe(true);
    expect(await isOneClickBody(post("", "application/x-www-form-urlencoded"), 4096)).toBe(false);
    expect(await isOneClickBody(post("List-Unsubscribe=Yes", "application/x-www-form-urlencoded"), 4096)).toBe(false);
  });
});
