import { notFound } from "next/navigation";
import { allowedContentTypes } from "@/lib/uploads/magic";
import { contentDisposition } from "@/lib/uploads/file-name";

/**
 * A stored ticket attachment as a response (S18), for the customer's and the office's download
 * routes alike: always a download (never rendered inline), with the type verified by its bytes on
 * upload, never cached by shared caches. No file, or a type we no longer allow: 404.
 */
export function attachmentResponse(file: { fileName: string; contentType: string; data: Buffer } | null | undefined): Response {
  if (!file || !allowedContentTypes.has(file.contentType)) notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.data.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
