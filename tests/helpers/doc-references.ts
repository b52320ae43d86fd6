import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The reference rules of docs/README.md §2, as code: every reference in a comment resolves inside
 * the repository. A reference is a path ending in ".md", a section (the section sign and a number,
 * always after the file it belongs to), a security id (S13 is a row of docs/security.md), a decision
 * ("decision 0011"), or the name of a document that lives outside the repository (always a finding).
 */

export type Comment = { line: number; text: string };
export type Finding = { file: string; line: number; reference: string; problem: string };

/** The folders and top-level files whose comments are checked. */
const ROOT_FOLDERS = ["app", "lib", "components", "db", "emails", "tenants", "tests", "scripts", "bench", ".ci"];
const SKIPPED_FOLDERS = new Set(["node_modules", ".next", ".data", "test-results", "playwright-report", ".git"]);
const SCRIPT = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const CHECKED = /\.(ts|tsx|mts|cts|js|mjs|cjs|css|sql|sh)$/;

/** Documents that were never part of this repository; their content lives in docs/ now. */
const OUTSIDE = /\b(SPEC|STYLE|TOOLCHAIN|SECURITY)\b(?!\.md)/g;
const MD_PATH = /(?<![\w/.@-])((?:\.{1,2}\/)*(?:[\w@.-]+\/)*[\w.-]+\.md)(?![\w/-])/g;
/** A file followed by one or more sections: "docs/accounts.md §2, §3", "docs/portal.md §4 and §5". */
const SECTION_GROUP = /((?:\.{1,2}\/)*(?:[\w@.-]+\/)*[\w.-]+\.md)((?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*[–-]\s*|\s+)§\s?\d+(?:\.\d+)*)+)/g;
const SECTION = /§\s?(\d+(?:\.\d+)*)/g;
const SECURITY_ID = /\bS(\d{2})\b/g;
const DECISION = /\bdecisions?\s+(\d{4})\b/gi;

export function repoFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(rel);
      } else if (CHECKED.test(entry.name) || (dir.split(path.sep)[0] === ".ci" && !entry.name.includes("."))) {
        out.push(rel);
      }
    }
  };
  for (const folder of ROOT_FOLDERS) if (existsSync(path.join(root, folder))) walk(folder);
  for (const entry of readdirSync(root, { withFileTypes: true })) if (entry.isFile() && CHECKED.test(entry.name)) out.push(entry.name);
  return out.sort();
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The comments of one source file, each with the line it starts on. Strings, templates and JSX text are not comments. */
export function commentsOf(fileName: string, text: string): Comment[] {
  if (SCRIPT.test(fileName)) return scriptComments(fileName, text);
  const pattern = fileName.endsWith(".css") ? /\/\*[\s\S]*?\*\//g : fileName.endsWith(".sql") ? /--[^\n]*|\/\*[\s\S]*?\*\//g : /(?:^|[ \t])#(?!!)[^\n]*/gm;
  return [...text.matchAll(pattern)].map((m) => ({ line: lineAt(text, m.index), text: m[0] }));
}

function scriptComments(fileName: string, text: string): Comment[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : /\.[mc]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const seen = new Set<number>();
  const out: Comment[] = [];
  const visit = (node: ts.Node) => {
    // JSX text is not trivia: "http://x" inside <p> is text, not a comment.
    if (node.kind !== ts.SyntaxKind.JsxText && node.kind !== ts.SyntaxKind.JsxTextAllWhiteSpaces) {
      // Leading ranges skip comments on the line of the previous token; trailing ranges are exactly those.
      const ranges = [...(ts.getTrailingCommentRanges(text, node.pos) ?? []), ...(ts.getLeadingCommentRanges(text, node.pos) ?? [])];
      for (const range of ranges) {
        if (seen.has(range.pos)) continue;
        seen.add(range.pos);
        out.push({ line: lineAt(text, range.pos), text: text.slice(range.pos, range.end) });
      }
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return out.sort((a, b) => a.line - b.line);
}

/** Resolves references against one repository; file reads are cached. */
export class References {
  private readonly headings = new Map<string, Set<string> | null>();
  private readonly securityIds: Set<string>;
  private readonly decisions: string[];

  constructor(private readonly root: string) {
    const security = path.join(root, "docs", "security.md");
    const table = existsSync(security) ? readFileSync(security, "utf8") : "";
    this.securityIds = new Set([...table.matchAll(/^\|\s*S(\d{2})\b/gm)].map((m) => m[1]!));
    const decisionDir = path.join(root, "docs", "decisions");
    this.decisions = existsSync(decisionDir) ? readdirSync(decisionDir) : [];
  }

  /** The repository path a Markdown file reference names, or null: from the root, from the commenting file's folder, or from docs/. */
  resolveFile(fromFile: string, ref: string): string | null {
    for (const base of ["", path.dirname(fromFile), "docs"]) {
      const rel = path.normalize(path.join(base, ref));
      if (rel.startsWith("..") || path.isAbsolute(rel)) continue;
      if (this.existsExactly(rel)) return rel;
    }
    return null;
  }

  /** Exact case, also on case-insensitive file systems: an upper-case name is not its lower-case twin. */
  private existsExactly(rel: string): boolean {
    const full = path.join(this.root, rel);
    if (!existsSync(full) || !statSync(full).isFile()) return false;
    return readdirSync(path.dirname(full)).includes(path.basename(full));
  }

  /** Sections of a docs file: a heading of the section sign and a number, or of a number and a dot ("## 3. …"). */
  sectionsOf(rel: string): Set<string> {
    let found = this.headings.get(rel);
    if (found === undefined) {
      const text = readFileSync(path.join(this.root, rel), "utf8");
      found = new Set<string>();
      for (const m of text.matchAll(/^#{1,6}\s+§\s?(\d+(?:\.\d+)*)(?![\d.]\d)/gm)) found.add(m[1]!);
      for (const m of text.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.\s/gm)) found.add(m[1]!);
      this.headings.set(rel, found);
    }
    return found!;
  }

  hasSecurityId(digits: string): boolean {
    return this.securityIds.has(digits);
  }

  hasDecision(number: string): boolean {
    return this.decisions.some((name) => name.startsWith(`${number}-`) && name.endsWith(".md"));
  }

  /** Every unresolved reference in the comments of one file. */
  check(file: string, text: string): Finding[] {
    // Comments are part of the text: when nothing in the whole text is unresolved, no comment is,
    // and the file need not be parsed (most files only cite S-ids that exist).
    if (this.findIn(file, text, 1).length === 0) return [];
    return commentsOf(file, text).flatMap((comment) => this.findIn(file, comment.text, comment.line));
  }

  private findIn(file: string, raw: string, firstLine: number): Finding[] {
    const findings: Finding[] = [];
    const add = (offset: number, reference: string, problem: string) =>
      findings.push({ file, line: firstLine + raw.slice(0, offset).split("\n").length - 1, reference, problem });
    // A reference may wrap onto the comment's next line: its " * " or "// " prefix is blanked
    // (same length, so offsets and line numbers stay right) and counts as white space.
    const body = raw.replace(/\n[ \t]*(?:\*(?!\/)|\/\/|#|--)?/g, (m) => `\n${" ".repeat(m.length - 1)}`);

    for (const m of body.matchAll(OUTSIDE)) add(m.index, m[0], `${m[0]} is not part of this repository: cite the docs/ file that holds it (docs/README.md §2)`);

    for (const m of body.matchAll(MD_PATH)) {
      const token = tokenAround(body, m.index);
      if (token.includes("://")) continue;
      if (!this.resolveFile(file, m[1]!)) add(m.index, m[1]!, "no such file in the repository");
    }

    const covered = new Set<number>();
    for (const group of body.matchAll(SECTION_GROUP)) {
      const target = this.resolveFile(file, group[1]!);
      const chainStart = group.index + group[1]!.length;
      for (const s of group[2]!.matchAll(SECTION)) {
        covered.add(chainStart + s.index);
        if (target && !this.sectionsOf(target).has(s[1]!)) add(chainStart + s.index, `${group[1]} §${s[1]}`, `no heading §${s[1]} in ${target}`);
      }
    }
    for (const s of body.matchAll(SECTION)) {
      if (!covered.has(s.index)) add(s.index, s[0], "a § must follow the docs file it belongs to (docs/README.md §2)");
    }

    for (const m of body.matchAll(SECURITY_ID)) if (!this.hasSecurityId(m[1]!)) add(m.index, m[0], "no such id in docs/security.md");
    for (const m of body.matchAll(DECISION)) if (!this.hasDecision(m[1]!)) add(m.index, m[0], "no such record in docs/decisions/");
    return findings;
  }
}

function tokenAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return text.slice(start, end);
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line}: ${f.reference} — ${f.problem}`;

/** Every finding in the repository at `root`. */
export function checkRepository(root: string): Finding[] {
  const refs = new References(root);
  return repoFiles(root).flatMap((file) => refs.check(file, readFileSync(path.join(root, file), "utf8")));
}
