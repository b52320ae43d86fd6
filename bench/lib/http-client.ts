import http from "node:http";

/**
 * A small browser-like HTTP client for the load and fault runs: requests go to 127.0.0.1 with the
 * tenant's Host set by hand (Node cannot resolve *.localhost, docs/toolchain.md §6), over one keep-alive
 * agent per virtual user, with a cookie jar and the user's own X-Forwarded-For address.
 */

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number; at: number };

export type RequestOptions = { method?: string; path: string; headers?: Record<string, string>; body?: Buffer; timeoutMs?: number };

/** Cookies by name, as a browser keeps them for one host (paths are ignored: every cookie goes everywhere). */
export class CookieJar {
  private cookies = new Map<string, string>();

  take(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair!.indexOf("=");
      if (eq < 1) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a) || (/^\s*expires\s*=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.includes(prefix));
  }
}

export class Browser {
  readonly jar = new CookieJar();
  // A free socket is dropped after 3 s, before the server's 5 s keep-alive timeout can close it
  // under a request that is just being written (that race would show up as a false "socket hang up").
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 2, timeout: 3000 });

  constructor(
    readonly port: number,
    readonly host: string,
    readonly ip: string,
  ) {}

  get origin(): string {
    return `http://${this.host}`;
  }

  request({ method = "GET", path, headers = {}, body, timeoutMs = 60_000 }: RequestOptions): Promise<Reply> {
    const started = performance.now();
    const at = Date.now();
    const cookie = this.jar.header();
    const all: Record<string, string> = {
      host: this.host,
      "user-agent": "mojbok-load/1.0",
      accept: "text/html,application/xhtml+xml,*/*",
      "x-forwarded-for": this.ip,
      ...(cookie ? { cookie } : {}),
      ...(body ? { "content-length": String(body.length) } : {}),
      ...headers,
    };
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: this.port, path, method, headers: all, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          this.jar.take(res.headers["set-cookie"]);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started, at });
        });
        res.on("error", reject);
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
      req.on("error", reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** multipart/form-data exactly as undici (and so a browser-like client) writes it. */
export async function multipart(fields: [string, string][]): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type")! };
}

const entities: Record<string, string> = { amp: "&", quot: '"', "#x27": "'", "#39": "'", lt: "<", gt: ">" };
const unescapeHtml = (s: string) => s.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, e: string) => entities[e]!);

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:$][-\w:$.]*)(?:="([^"]*)")?/g)) out[m[1]!.toLowerCase()] = unescapeHtml(m[2] ?? "");
  return out;
}

export type HtmlForm = { action: string; method: string; hidden: [string, string][] };

/**
 * The form whose opening tag or content contains `marker`, with its hidden inputs — for a
 * useActionState form rendered without JavaScript these are React's $ACTION_REF_n / $ACTION_n:k /
 * $ACTION_KEY fields, which a browser posts back with the visible fields.
 */
export function findForm(html: string, marker: string | RegExp): HtmlForm | null {
  for (const m of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const text = m[0];
    if (typeof marker === "string" ? !text.includes(marker) : !marker.test(text)) continue;
    const open = attributes(/^<form\b[^>]*>/.exec(text)![0]);
    const hidden: [string, string][] = [];
    for (const input of text.matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(input[0]);
      if (a.type === "hidden" && a.name) hidden.push([a.name, a.value ?? ""]);
    }
    return { action: open.action ?? "", method: (open.method ?? "get").toUpperCase(), hidden };
  }
  return null;
}

/** The values of a <select name=…>'s options, in order. */
export function selectOptions(html: string, name: string): string[] {
  const select = new RegExp(`<select\\b[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (!select) return [];
  return [...select[1]!.matchAll(/<option\b[^>]*value="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!));
}
