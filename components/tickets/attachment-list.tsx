const sizeLabel = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;

/** A message's attachments as download links with their sizes (the portal's thread and the console's). */
export function AttachmentList({
  files,
  href,
  linkClass,
  testId,
}: {
  files: readonly { id: string; fileName: string; size: number }[];
  href: (id: string) => string;
  linkClass: string;
  testId: string;
}) {
  if (!files.length) return null;
  return (
    <ul className="mt-3 grid gap-1" aria-label="Załączniki">
      {files.map((file) => (
        <li key={file.id}>
          <a href={href(file.id)} download className={`break-all ${linkClass}`} data-testid={testId}>
            {file.fileName}
          </a>{" "}
          <span className="text-sm text-ink-muted">({sizeLabel(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}
