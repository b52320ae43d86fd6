const NBSP = "\u00a0";

/**
 * Polish typesetting: a one-letter word (a, i, o, u, w, z) never ends a line, and "Sp. z o.o." /
 * "S.A." stay whole — the rule Polish readers expect ("sierotki"). Only spaces change.
 */
export function polishNbsp(text: string): string {
  const oneLetterWord = /(^|[\s(„"])([aiouwzAIOUWZ]) /g;
  return (
    text
      .replace(/Sp\. z o\.o\./g, `Sp.${NBSP}z${NBSP}o.o.`)
      .replace(/ (S\.A\.)/g, `${NBSP}$1`)
      .replace(oneLetterWord, `$1$2${NBSP}`)
      // Twice, for runs such as "i w domu" where the matches overlap.
      .replace(oneLetterWord, `$1$2${NBSP}`)
  );
}

type MdNode = { type: string; value?: string; children?: MdNode[] };

function walk(node: MdNode) {
  if (node.type === "text" && typeof node.value === "string") node.value = polishNbsp(node.value);
  node.children?.forEach(walk);
}

/** The same rule as a remark plugin for Markdown text nodes. */
export function remarkPolishNbsp() {
  return (tree: MdNode) => walk(tree);
}
