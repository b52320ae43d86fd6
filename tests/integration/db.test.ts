import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { customers } from "@/db/schema";

const handle = setupTestDb();

describe(`database (${testDbKind})`, () => {
  it("is migrated and stores a customer scoped by tenant", async () => {
    const address = { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" };
    await handle.db.insert(customers).values([
      { tenantId: "polo", id: "C1", kind: "individual", pesel: "44051401359", name: "Jan Kowalski", address },
      { tenantId: "polsp", id: "C1", kind: "individual", pesel: "44051401359", name: "Jan Kowalski", address },
    ]);
    const rows = await handle.db
      .select()
      .from(customers)
      .where(sql`${customers.pesel} = '44051401359'`);
    expect(rows.map((r) => r.tenantId).sort()).toEqual(["polo", "polsp"]);
    expect(rows[0]!.address.city).toBe("Warszawa");
  });
});
