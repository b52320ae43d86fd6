import { describe, expect, it } from "vitest";
import { readLines, type SourceLine } from "@/lib/import/lines";

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<SourceLine[]> {
  const out: SourceLine[] = [];
  for await (const group of readLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    out.push(...group);
  return out;
}

describe("readLines", () => {
  it("numbers lines across chunk boundaries, with CRLF, a BOM and no final newline", async () => {
    const lines = await collect(['\ufeff{"a":1}\r\n{"b"', ':2}\n\n{"c":3}']);
    expect(lines).toEqual([
      { no: 1, text: '{"a":1}' },
      { no: 2, text: '{"b":2}' },
      { no: 3, text: "" },
      { no: 4, text: '{"c":3}' },
    ]);
  });

  it("keeps a multi-byte character split between chunks", async () => {
    const bytes = Buffer.from("Zażółć\n", "utf8");
    const lines = await collect([bytes.subarray(0, 3), bytes.subarray(3)]);
    expect(lines).toEqual([{ no: 1, text: "Zażółć" }]);
  });

  it("reports invalid UTF-8 and over-long lines without stopping", async () => {
    const lines = await collect([Buffer.from([0xff, 0xfe, 0x0a]), "x".repeat(50), "\nok\n"], 20);
    expect(lines).toEqual([
      { no: 1, error: expect.stringContaining("UTF-8") },
      { no: 2, error: expect.stringContaining("dłuższy") },
      { no: 3, text: "ok" },
    ]);
  });
});
