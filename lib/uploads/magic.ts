/**
 * The type of an uploaded file, read from its first bytes (S18). The name and the browser's
 * Content-Type are the uploader's claims; the magic number is what a viewer will actually parse.
 */
export type FileKind = { kind: "pdf" | "jpeg" | "png"; contentType: string; extension: string };

const signatures: { bytes: number[]; type: FileKind }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { kind: "pdf", contentType: "application/pdf", extension: "pdf" } }, // %PDF-
  { bytes: [0xff, 0xd8, 0xff], type: { kind: "jpeg", contentType: "image/jpeg", extension: "jpg" } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { kind: "png", contentType: "image/png", extension: "png" } },
];

export function detectFileKind(data: Uint8Array): FileKind | null {
  const match = signatures.find(({ bytes }) => data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte));
  return match ? match.type : null;
}

/** The stored content types a download may answer with — nothing else leaves the database. */
export const allowedContentTypes = new Set(signatures.map((s) => s.type.contentType));
