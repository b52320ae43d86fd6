import { readingModuleRoutes, type ReadingModule } from "@/lib/meters/reading-module";

/** A point's page on a readings screen, with an optional query (e.g. { popraw: readingId } or the { odczyt } notice after a redirect). */
export function readingPagePath(module: ReadingModule, pointId: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${readingModuleRoutes[module]}/${encodeURIComponent(pointId)}${search ? `?${search}` : ""}`;
}

/** The notices the meter page shows after a correction or a withdrawal redirected to it. */
export const meterNotices: Record<string, string> = {
  poprawiony: "Odczyt został poprawiony.",
  wycofany: "Odczyt został wycofany.",
};
