import { createHash } from "node:crypto";
import { detectFileKind } from "@/lib/uploads/magic";
import { cleanFileName } from "@/lib/uploads/file-name";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/tickets/limits";

/** An uploaded file as the route handler read it: the name the browser sent and the bytes. */
export type UploadedFile = { name: string; data: Buffer };

/** A file that passed the checks, ready to be stored. */
export type CheckedFile = { fileName: string; contentType: string; size: number; sha256: string; data: Buffer };

/**
 * Checks the attachments of one submission: at most MAX_FILES, each at most MAX_FILE_BYTES and a
 * PDF, JPEG or PNG by its bytes. Returns every problem at once, in Polish, naming the file.
 */
export function checkFiles(files: UploadedFile[]): { files: CheckedFile[]; errors: string[] } {
  const given = files.filter((file) => file.name !== "" || file.data.length > 0);
  if (given.length > MAX_FILES) return { files: [], errors: [`Można dołączyć najwyżej ${MAX_FILES} plików.`] };
  const errors: string[] = [];
  const checked: CheckedFile[] = [];
  for (const file of given) {
    const fileName = cleanFileName(file.name);
    if (file.data.length > MAX_FILE_BYTES) {
      errors.push(`Plik „${fileName}” jest większy niż 10 MB.`);
      continue;
    }
    const kind = detectFileKind(file.data);
    if (!kind) {
      errors.push(`Plik „${fileName}” ma niedozwolony format. Dozwolone: PDF, JPEG, PNG.`);
      continue;
    }
    checked.push({
      fileName,
      contentType: kind.contentType,
      size: file.data.length,
      sha256: createHash("sha256").update(file.data).digest("hex"),
      data: file.data,
    });
  }
  return { files: errors.length ? [] : checked, errors };
}
