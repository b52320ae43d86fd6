import { MAX_REQUEST_BYTES } from "@/lib/tickets/limits";
import type { UploadedFile } from "@/lib/tickets/files";

export type ParsedUpload = { ok: true; fields: Record<string, string>; files: UploadedFile[] } | { ok: false; reason: "too-large" | "bad-request" };

/**
 * Reads a multipart/form-data body without ever holding more than MAX_REQUEST_BYTES: a declared
 * Content-Length over the limit is refused before reading, a body that grows past it (chunked, or
 * a lying header) is cut off while streaming. Only then is it parsed.
 */
export async function readUpload(request: Request, fileField: string, limit = MAX_REQUEST_BYTES): Promise<ParsedUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { ok: false, reason: "bad-request" };
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: false, reason: "bad-request" };

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }

  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
  } catch {
    return { ok: false, reason: "bad-request" };
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (name !== fileField) fields[name] = value;
    } else if (name === fileField) {
      files.push({ name: value.name, data: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { ok: true, fields, files };
}
