import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, MAX_FILE_NAME } from "@/lib/uploads/file-name";
import { cases } from "@/tests/helpers/cases";

describe("S18: uploaded names are cleaned for display, never used for storage", () => {
  it.each(
    cases({ "../../x.pdf": "x.pdf", "/etc/passwd": "passwd", "C:\\Users\\Jan\\Pulpit\\umowa.pdf": "umowa.pdf", "..\\..\\windows\\system32\\a.png": "a.png" }),
  )("drops directory parts: %s", (raw, expected) => {
    expect(cleanFileName(raw)).toBe(expected);
  });

  it.each(cases({ "fak\u0000tura\r\n.pdf": "faktura.pdf", "zdjęcie\u202egpj.exe": "zdjęciegpj.exe", ".htaccess": "htaccess", "..": "plik", "": "plik" }))(
    "removes control and bidi-override characters and leading dots: %j",
    (raw, expected) => {
      expect(cleanFileName(raw)).toBe(expected);
    },
  );

  it("keeps Polish letters and shortens very long names to 120 characters with the extension", () => {
    expect(cleanFileName("Zażółć gęślą jaźń.pdf")).toBe("Zażółć gęślą jaźń.pdf");
    const long = cleanFileName(`${"ą".repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("builds a header-safe Content-Disposition", () => {
    const header = contentDisposition('faktura "nr 1"; łódź.pdf');
    expect(header).toMatch(/^attachment; filename="faktura _nr 1__ lodz\.pdf"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/[\r\n]/);
  });
});
