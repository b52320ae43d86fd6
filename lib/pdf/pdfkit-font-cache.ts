/**
 * react-pdf draws every run of text with `doc.font(fontkitFont, size)`. Given a font object rather
 * than a name, pdfkit has no cache key: each call builds a new EmbeddedFont (a subset, glyph 0's
 * metrics) and then throws it away again after comparing it, by JSON.stringify of the whole name
 * table, with the one of the same name it already has — 7–10 % of the CPU of an invoice render
 * (measured for docs/decisions/0015-stored-invoice-pdfs.md). This remembers, per document, the
 * embedded font pdfkit settled on for each font object, so later runs reuse it: the same choice pdfkit
 * makes, without rebuilding and comparing. Anything else (standard fonts by name, registered names)
 * goes to pdfkit's own `font()` unchanged.
 */
type PdfKitDocument = {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: unknown): unknown;
  mojbokFontCache?: Map<object, unknown>;
};
type FontMethod = (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) => PdfKitDocument;

let installed: Promise<void> | undefined;

export function installPdfKitFontCache(): Promise<void> {
  installed ??= (async () => {
    // Node's own import, not the bundler's: the same module instance that react-pdf (a server
    // external package, next.config.ts) imports, so its documents get the cached `font()`.
    const specifier = "pdfkit";
    const pdfkit = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ specifier)) as { default?: { prototype?: { font?: FontMethod } } };
    const proto = pdfkit.default?.prototype;
    const original = proto?.font;
    // Another pdfkit without this method: leave it alone, it renders as before, only slower.
    if (!proto || typeof original !== "function") return;
    proto.font = function font(this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) {
      if (src === null || typeof src !== "object" || (family !== undefined && family !== null && typeof family !== "number")) {
        return original.call(this, src, family, size);
      }
      const cache = (this.mojbokFontCache ??= new Map());
      const known = cache.get(src);
      if (known === undefined) {
        original.call(this, src, family, size);
        cache.set(src, this._font);
        return this;
      }
      // What pdfkit's font() does for a font it already has (family given as the size, as react-pdf calls it).
      const fontSize = typeof family === "number" ? family : size;
      this._fontSource = src;
      this._fontFamily = typeof family === "number" ? null : family;
      if (fontSize !== undefined && fontSize !== null) this.fontSize(fontSize);
      this._font = known;
      return this;
    };
  })();
  return installed;
}
