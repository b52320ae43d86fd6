import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, MAX_FILE_NAME } from "@/lib/uploads/file-name";

describe("S18: uploaded names are cleaned for display, never used for storage", () => {
  it("drops directory parts", () => {
    expect(cleanFileName("../../x.pdf")).toBe("x.pdf");
    expect(cleanFileName("/etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\Jan\\Pulpit\\umowa.pdf")).toBe("umowa.pdf");
    expect(cleanFileName("..\\..\\windows\\system32\\a.png")).toBe("a.png");
  });

  it("removes control and bidi-override characters and leading dots", () => {
    expect(cleanFileName("fak\u0000tura\r\n.pdf")).toBe("faktura.pdf");
    expect(cleanFileName("zdjęcie\u202egpj.exe")).toBe("zdjęciegpj.exe");
    expect(cleanFileName(".htaccess")).toBe("htaccess");
    expect(cleanFileName("..")).toBe("plik");
    expect(cleanFileName("")).toBe("plik");
  });

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
