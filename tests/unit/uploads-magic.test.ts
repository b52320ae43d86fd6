import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFileKind } from "@/lib/uploads/magic";
import { checkFiles } from "@/lib/tickets/files";
import { MAX_FILE_BYTES } from "@/lib/tickets/limits";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/uploads", name));

describe("S18: file type by magic bytes, never by name", () => {
  it("recognises real PDF, JPEG and PNG files", () => {
    expect(detectFileKind(fixture("tiny.pdf"))?.contentType).toBe("application/pdf");
    expect(detectFileKind(fixture("tiny.jpg"))?.contentType).toBe("image/jpeg");
    expect(detectFileKind(fixture("tiny.png"))?.contentType).toBe("image/png");
  });

  it("refuses an .exe renamed to .pdf", () => {
    expect(detectFileKind(fixture("program.exe.pdf"))).toBeNull();
    const { files, errors } = checkFiles([{ name: "faktura.pdf", data: fixture("program.exe.pdf") }]);
    expect(files).toEqual([]);
    expect(errors).toEqual(["Plik „faktura.pdf” ma niedozwolony format. Dozwolone: PDF, JPEG, PNG."]);
  });

  it("accepts a PNG named .pdf as a PNG", () => {
    const { files, errors } = checkFiles([{ name: "skan.pdf", data: fixture("image-named.pdf") }]);
    expect(errors).toEqual([]);
    expect(files[0]).toMatchObject({ fileName: "skan.pdf", contentType: "image/png", size: 74 });
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses truncated signatures and empty files", () => {
    expect(detectFileKind(Buffer.from("%PDF"))).toBeNull();
    expect(detectFileKind(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(detectFileKind(Buffer.alloc(0))).toBeNull();
    expect(detectFileKind(Buffer.from(" %PDF-1.4"))).toBeNull();
  });

  it("refuses a sixth file and a file of 10 MB + 1 byte, in Polish", () => {
    const pdf = fixture("tiny.pdf");
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, data: pdf }));
    expect(checkFiles(six).errors).toEqual(["Można dołączyć najwyżej 5 plików."]);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES + 1 - pdf.length)]);
    expect(checkFiles([{ name: "y.pdf", data: big }]).errors).toEqual(["Plik „y.pdf” jest większy niż 10 MB."]);
    const exact = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES - pdf.length)]);
    expect(checkFiles([{ name: "y.pdf", data: exact }]).errors).toEqual([]);
  });

  it("ignores the empty entry a browser sends for an unused file input", () => {
    expect(checkFiles([{ name: "", data: Buffer.alloc(0) }])).toEqual({ files: [], errors: [] });
  });
});
