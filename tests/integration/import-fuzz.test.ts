import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { fuzzParams, importFile, importGarbageLine, isPolishMessage, nastyCustomer } from "@/tests/helpers/fuzz";
import { customer, snapshot } from "./import-helpers";

/**
 * The import path (docs/import-format.md §2) fed malformed files: it never throws, a rejected file writes nothing,
 * and every bad line is named by its number with a Polish reason. The HTTP layer around it is
 * fuzzed in tests/e2e/fuzz-import.spec.ts.
 */

const handle = setupTestDb();

const physicalLines = (bytes: Buffer) => bytes.toString("latin1").split("\n").length;

describe(`import fuzz (${testDbKind})`, () => {
  it("found by the fuzz: U+0000 or half a surrogate pair (PostgreSQL cannot store either) is a bad line, not a failed import", async () => {
    for (const [id, name] of [
      ["NUL1", "Jan\u0000Kowalski"],
      ["SUR1", "Jan \ud800"],
      ["SUR2", "\udfff"],
    ] as const) {
      const before = await snapshot(handle.db, "polo");
      const result = await importJsonLines(handle.db, requireTenantById("polo"), [JSON.stringify(customer(id, { name })) + "\n"]);
      expect(result).toMatchObject({ status: "rejected", errors: [{ line: 1, reason: expect.stringContaining("nie można zapisać") }] });
      expect(await snapshot(handle.db, "polo")).toEqual(before);
    }
    // A pair spelled as escapes is a character like any other.
    expect(
      await importJsonLines(handle.db, requireTenantById("polo"), [
        JSON.stringify(customer("EMOJI1", { name: "Jan \ud83d\ude00" })).replace("\u{1F600}", "\\ud83d\\ude00") + "\n",
      ]),
    ).toMatchObject({ status: "applied" });
  });

  it("any file: never throws; a rejected file names real lines in Polish and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("polo", "mpec"), importFile, async (tenantId, { bytes, chunks }) => {
        const before = await snapshot(handle.db, tenantId);
        const result = await importJsonLines(handle.db, requireTenantById(tenantId), chunks);
        if (result.status === "applied") return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(physicalLines(bytes));
          expect(isPolishMessage(error.reason), `not Polish: ${JSON.stringify(error.reason)}`).toBe(true);
        }
        expect(await snapshot(handle.db, tenantId)).toEqual(before);
      }),
      fuzzParams(40),
    );
  });

  it("a file with one bad line among good ones is rejected, names that line and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(nastyCustomer, { maxLength: 5 }),
        importGarbageLine.filter((l) => l.trim() !== ""),
        fc.nat(),
        async (good, bad, at) => {
          const lines = [...good];
          const position = at % (lines.length + 1);
          lines.splice(position, 0, bad);
          const before = await snapshot(handle.db, "polo");
          const result = await importJsonLines(handle.db, requireTenantById("polo"), [lines.join("\n") + "\n"]);
          expect(result.status).toBe("rejected");
          if (result.status !== "rejected") return;
          expect(result.errors.map((e) => e.line)).toContain(position + 1);
          for (const error of result.errors) expect(isPolishMessage(error.reason), `not Polish: ${JSON.stringify(error.reason)}`).toBe(true);
          expect(await snapshot(handle.db, "polo")).toEqual(before);
        },
      ),
      fuzzParams(30),
    );
  });
});
