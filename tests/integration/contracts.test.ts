import { beforeAll, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { customerContracts } from "@/lib/contracts/queries";
import { contract, customer, importRecords, polo, polsp } from "./registration-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
const address = { street: "ul. Słoneczna", building: "5", apartment: "2", postalCode: "30-001", city: "Kraków" };

beforeAll(async () => {
  const world = [
    customer("A", { kind: "individual", pesel: "44051401359" }),
    customer("P", { kind: "business", nip: "5272618716", name: "Spółdzielnia Płatnik" }),
    customer("B", { kind: "individual", pesel: "02070803628" }),
    { ...contract("KA", "A", "UM/A/1", "active"), payer: "P", product: "Prąd Stała Cena" },
    contract("KD", "A", "UM/A/DRAFT", "draft"),
    contract("KB", "B", "UM/B/1", "active"),
    { type: "point", id: "PA", contract: "KA", code: "590543000000000001", kind: "electricity", address },
    { type: "point", id: "PB", contract: "KB", code: "590543000000000002", kind: "electricity", address },
  ];
  await importRecords(handle.db, polo, world);
  await importRecords(handle.db, polsp, world);
});

describe(`Umowy (${testDbKind})`, () => {
  it("lists the customer's contracts except drafts, with the payer and the points of delivery", async () => {
    const rows = await customerContracts(customerScope(handle.db, "polo", "A"));
    expect(rows.map((r) => r.number)).toEqual(["UM/A/1"]);
    expect(rows[0]!.payerName).toBe("Spółdzielnia Płatnik");
    expect(rows[0]!.points.map((p) => p.code)).toEqual(["590543000000000001"]);
  });

  it("S13/S14: shows the payer the contracts it pays, and nothing of other customers or tenants", async () => {
    expect((await customerContracts(customerScope(handle.db, "polo", "P"))).map((r) => r.number)).toEqual(["UM/A/1"]);
    expect((await customerContracts(customerScope(handle.db, "polo", "B"))).map((r) => r.number)).toEqual(["UM/B/1"]);
    expect((await customerContracts(customerScope(handle.db, "polsp", "A"))).every((r) => r.points.every((p) => p.id !== "PB"))).toBe(true);
    expect(await customerContracts(customerScope(handle.db, "mpec", "A"))).toEqual([]);
  });
});
