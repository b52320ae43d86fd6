import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDocumentProxy } from "unpdf";

/** One piece of text pdf.js found on a page: where its baseline starts, how wide it is, how tall its font. */
type Run = { text: string; x: number; y: number; width: number; height: number };

/**
 * The text of a PDF as lines, top to bottom and page after page, the way the tests read it: the runs
 * that share a baseline make one line, left to right, with a space wherever the PDF leaves a gap
 * between two runs (table columns, a label and its amount), and non-breaking spaces as plain spaces.
 * Column widths are not kept, so tests match columns with `\s+`. Built on pdf.js (the `unpdf` package)
 * so `npm test` needs no system tools (README, Tests).
 */
export async function pdfText(pdf: Uint8Array | string): Promise<string> {
  // pdf.js takes ownership of the array it is given, so it gets a copy and the caller's Buffer stays usable.
  const data = typeof pdf === "string" ? new Uint8Array(await readFile(pdf)) : new Uint8Array(pdf);
  const document = await getDocumentProxy(data);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        runs.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      pages.push(linesOf(runs).join("\n"));
    }
    return pages.join("\n\f").replace(/\u00a0/g, " ");
  } finally {
    await document.destroy();
  }
}

/** Groups runs into lines by baseline (within a third of the font height) and joins each line's runs. */
function linesOf(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { first: Run; runs: Run[] }[] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.first.y - run.y) <= Math.max(1, Math.min(line.first.height, run.height) / 3)) line.runs.push(run);
    else lines.push({ first: run, runs: [run] });
  }
  return lines.map(({ runs }) => {
    runs.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const run of runs) {
      // A gap wider than a fifth of the font height is a space the PDF draws by moving, not by a glyph.
      const gap = run.x - end > Math.min(run.height, 10) / 5;
      if (text !== "" && gap && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    return text.trimEnd();
  });
}

const PDFTOPPM = "/usr/bin/pdftoppm";

/**
 * Page 1 of a PDF as tests/e2e/screenshots/<name>.png, for people to look at — when poppler's
 * pdftoppm is installed (Debian: poppler-utils; .ci/run installs it). Without it only the picture is
 * left out: nothing is asserted on it, and drawing a PDF page in Node would take pdf.js plus a native
 * canvas package (Chromium's own PDF viewer paints nothing in a headless screenshot). The text, which
 * the tests do check, comes from pdfText above and needs no system tool.
 */
export function savePdfPageOnePicture(pdf: Uint8Array | string, name: string, dpi: number): void {
  if (!existsSync(PDFTOPPM)) return;
  let file = pdf;
  if (typeof file !== "string") {
    file = path.join(mkdtempSync(path.join(tmpdir(), "mojbok-pdf-picture-")), "page.pdf");
    writeFileSync(file, pdf);
  }
  execFileSync(PDFTOPPM, ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", file, path.join("tests", "e2e", "screenshots", name)]);
}
