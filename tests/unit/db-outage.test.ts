import { afterEach, describe, expect, it } from "vitest";
import { databaseAvailable, installDatabaseProbe, isDatabaseConnectionError, noteDatabaseError, resetDatabaseOutage } from "@/lib/ops/db-outage";

const withCode = (code: string, message = "failed") => Object.assign(new Error(message), { code });

describe("isDatabaseConnectionError", () => {
  it("recognises postgres.js connection failures and shutdowns, also as a drizzle query error's cause", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "57P01", "57P03", "08006"])
      expect(isDatabaseConnectionError(withCode(code))).toBe(true);
    expect(
      isDatabaseConnectionError(new Error("Failed query: select 1", { cause: withCode("57P01", "terminating connection due to administrator command") })),
    ).toBe(true);
  });

  it("leaves query errors and other failures alone", () => {
    for (const error of [withCode("23505"), withCode("42P01"), new Error("boom"), "text", null, undefined])
      expect(isDatabaseConnectionError(error)).toBe(false);
  });
});

describe("outage state", () => {
  afterEach(() => resetDatabaseOutage());

  it("is available until an outage is noted, then asks the probe at most once a second", async () => {
    let up = false;
    let probes = 0;
    installDatabaseProbe(async () => {
      probes++;
      if (!up) throw withCode("ECONNREFUSED");
    });
    expect(await databaseAvailable(1_000)).toBe(true);
    expect(noteDatabaseError(new Error("syntax"))).toBe(false);
    expect(await databaseAvailable(1_000)).toBe(true);
    expect(noteDatabaseError(withCode("57P01"))).toBe(true);
    expect(await databaseAvailable(2_000)).toBe(false);
    expect(await databaseAvailable(2_500)).toBe(false);
    expect(probes).toBe(1);
    up = true;
    expect(await databaseAvailable(2_900)).toBe(false);
    expect(await databaseAvailable(3_000)).toBe(true);
    expect(probes).toBe(2);
    expect(await databaseAvailable(3_100)).toBe(true);
    expect(probes).toBe(2);
  });
});
