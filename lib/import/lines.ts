import type { Readable } from "node:stream";

/**
 * Splits a byte or text stream into numbered lines without ever holding more than one chunk and one
 * line. Lines come out in groups (one per chunk) because an async step per line would cost more than
 * the parsing. An over-long line is reported, not buffered: a missing newline cannot exhaust memory.
 */

export type ImportSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | Readable;
export type SourceLine = { no: number; text: string } | { no: number; error: string };

export const MAX_LINE_BYTES = 4 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true });

function toBuffer(chunk: string | Uint8Array): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export async function* readLines(source: ImportSource, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<SourceLine[]> {
  let parts: Buffer[] = [];
  let partsBytes = 0;
  let overflow = false;
  let no = 0;

  const finish = (piece: Buffer): SourceLine => {
    no++;
    if (overflow || partsBytes + piece.length > maxLineBytes) return { no, error: `wiersz jest dłuższy niż ${maxLineBytes} bajtów` };
    const bytes = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
    try {
      let text = decoder.decode(bytes);
      if (no === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      return { no, text };
    } catch {
      return { no, error: "nieprawidłowe kodowanie znaków (wymagane UTF-8)" };
    }
  };

  for await (const chunk of source as AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) {
    const buffer = toBuffer(chunk);
    const out: SourceLine[] = [];
    let start = 0;
    for (let nl = buffer.indexOf(10, start); nl !== -1; nl = buffer.indexOf(10, start)) {
      out.push(finish(buffer.subarray(start, nl)));
      parts = [];
      partsBytes = 0;
      overflow = false;
      start = nl + 1;
    }
    const rest = buffer.subarray(start);
    if (rest.length > 0 && !overflow) {
      if (partsBytes + rest.length > maxLineBytes) {
        overflow = true;
        parts = [];
        partsBytes = 0;
      } else {
        // copy: the chunk may be a view into a larger pooled buffer that we should not keep alive
        parts.push(Buffer.from(rest));
        partsBytes += rest.length;
      }
    }
    if (out.length > 0) yield out;
  }
  if (partsBytes > 0 || overflow) yield [finish(Buffer.alloc(0))];
}
