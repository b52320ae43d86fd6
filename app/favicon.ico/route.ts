/**
 * Browsers sometimes ask for /favicon.ico before they have read the page's icon link (a redirect
 * response, a fast navigation): send them to the host's SVG icon instead of a 404.
 */
export function GET(request: Request) {
  return new Response(null, { status: 308, headers: { Location: new URL("/favicon.svg", request.url).pathname, "Cache-Control": "public, max-age=86400" } });
}
