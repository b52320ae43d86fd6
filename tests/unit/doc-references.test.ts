import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRepository, commentsOf, formatFinding, References } from "@/tests/helpers/doc-references";

/**
 * Every reference in a comment resolves inside the repository (docs/README.md §2): a Markdown file
 * exists, a section is a heading of the file named before it, an S-id is a row of docs/security.md.
 */
const root = path.resolve(import.meta.dirname, "../..");
const refs = new References(root);
const problems = (file: string, source: string) => refs.check(file, source).map((f) => `${f.line}: ${f.reference}`);

describe("comments are found, and only comments", () => {
  it("reads line and block comments of TypeScript, but not strings, templates or JSX text", () => {
    const source = [
      'const a = "// not a comment";',
      "const b = `/* nor this */ ${a}`; // a line comment",
      "/**",
      " * a block comment",
      " */",
      "export const C = () => <p>see http://example.com // text</p>; {/* jsx comment */}",
    ].join("\n");
    expect(commentsOf("x.tsx", source).map((c) => [c.line, c.text])).toEqual([
      [2, "// a line comment"],
      [3, "/**\n * a block comment\n */"],
      [6, "/* jsx comment */"],
    ]);
  });

  it("reads CSS, SQL and shell comments", () => {
    expect(commentsOf("a.css", "a { color: red; } /* c */").map((c) => c.text)).toEqual(["/* c */"]);
    expect(commentsOf("a.sql", "select 1; -- c\n/* d */").map((c) => c.text)).toEqual(["-- c", "/* d */"]);
    expect(commentsOf(".ci/run", "#!/bin/bash\n# c\necho hi # d").map((c) => c.text)).toEqual(["# c", " # d"]);
  });
});

describe("references", () => {
  it("accepts what resolves", () => {
    const source = [
      "// docs/accounts.md §8, §9 and docs/security.md; S13, S06–S09; decision 0011",
      "// docs/decisions/0007-payments.md; README.md; https://example.com/NOTES.md",
      'const s = "SPEC §3 in a string is not a comment";',
      "/**",
      " * a reference that wraps: docs/payments.md",
      " * §5 and §6",
      " */",
    ].join("\n");
    expect(problems("lib/x.ts", source)).toEqual([]);
  });

  it("names each one that does not, with its line", () => {
    const source = [
      "/** Sign-in (SPEC §3). */",
      "// STYLE habit 1, see TOOLCHAIN.md",
      "// docs/accounts.md §99; docs/nowhere.md; S99; decision 9999",
      "// issue #5 §6",
      "/**",
      " * docs/payments.md",
      " * §77",
      " */",
    ].join("\n");
    expect(problems("lib/x.ts", source)).toEqual([
      "1: SPEC",
      "1: §3",
      "2: STYLE",
      "2: TOOLCHAIN.md",
      "3: docs/nowhere.md",
      "3: docs/accounts.md §99",
      "3: S99",
      "3: decision 9999",
      "4: §6",
      "7: docs/payments.md §77",
    ]);
  });
});

describe("the repository", () => {
  // Reads every source file: allowed more than the default five seconds on a busy machine.
  it("has no comment whose reference does not resolve", { timeout: 120_000 }, () => {
    const findings = checkRepository(root).map(formatFinding);
    expect(findings, `${findings.length} unresolved references:\n${findings.join("\n")}`).toEqual([]);
  });
});
