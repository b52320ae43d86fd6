import { gzipSync } from "node:zlib";
import { get } from "./lib/server";

/**
 * First-load JavaScript of a page as the browser gets it: the page's HTML from the running
 * production server, every <script src> on it fetched and gzipped here (level 6, like a default
 * nginx/CDN), summed in kB. Inline scripts (the RSC payload) are not counted: they are data.
 */
export async function firstLoadJs(host: string, pathname: string, expectStatus = 200): Promise<{ kb: number; scripts: number }> {
  const page = await get(host, pathname);
  if (page.status !== expectStatus) throw new Error(`${host}${pathname} answered ${page.status}, expected ${expectStatus}`);
  const html = page.body.toString("utf8");
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
  let bytes = 0;
  for (const src of sources) {
    const url = new URL(src, `http://${host}`);
    const script = await get(host, url.pathname + url.search);
    if (script.status !== 200) throw new Error(`${src} answered ${script.status}`);
    bytes += gzipSync(script.body, { level: 6 }).length;
  }
  return { kb: bytes / 1024, scripts: sources.size };
}
