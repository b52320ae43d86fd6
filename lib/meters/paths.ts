/** The meter page, with an optional query (e.g. { popraw: readingId } or the { odczyt } notice after a redirect). */
export function meterPath(pointId: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `/liczniki/${encodeURIComponent(pointId)}${search ? `?${search}` : ""}`;
}

/** The notices the meter page shows after a correction or a withdrawal redirected to it. */
export const meterNotices: Record<string, string> = {
  poprawiony: "Odczyt został poprawiony.",
  wycofany: "Odczyt został wycofany.",
};
