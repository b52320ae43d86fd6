import { get } from "./lib/server";
import { percentile } from "./lib/stats";

// autocannon ships no types; the part used here.
type AutocannonResult = {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number };
  "4xx": number;
};
type AutocannonRequest = { method: string; path: string; setupRequest?: (req: { headers?: Record<string, string> }) => unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

/** `notFound`: the target is a page that answers 404 on purpose (the bare-page reference). */
export type Target = { host: string; path: string; cookies: string[]; notFound?: boolean };

/** Fails loudly unless every cookie gets the page itself (200), not a redirect to the sign-in. */
export async function checkTarget(target: Target, mustContain?: string): Promise<void> {
  for (const cookie of target.cookies.length ? target.cookies : [""]) {
    const answer = await get(target.host, target.path, cookie ? { cookie } : {});
    if (answer.status !== (target.notFound ? 404 : 200))
      throw new Error(`${target.host}${target.path} answered ${answer.status} ${answer.headers.location ?? ""}`);
    if (mustContain && !answer.body.toString("utf8").includes(mustContain)) throw new Error(`${target.host}${target.path} does not show "${mustContain}"`);
  }
}

/** Requests/s with autocannon over keep-alive connections, cookies in rotation. */
export async function throughput(target: Target, seconds: number, connections: number): Promise<{ rps: number; total: number }> {
  let i = 0;
  const request: AutocannonRequest = { method: "GET", path: target.path };
  if (target.cookies.length) request.setupRequest = (req) => ({ ...req, headers: { ...req.headers, cookie: target.cookies[i++ % target.cookies.length]! } });
  const result = await autocannon({
    url: `http://127.0.0.1:${process.env.PORT}`,
    connections,
    duration: seconds,
    headers: { host: target.host },
    requests: [request],
  });
  const unexpected = target.notFound ? result.requests.total - result["4xx"] : result.non2xx;
  if (unexpected > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.host}${target.path}: ${unexpected} unexpected answers, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  }
  return { rps: result.requests.total / seconds, total: result.requests.total };
}

/**
 * p95 latency (ms) over `rounds` passes through all cookies (one request per customer per pass),
 * `concurrency` requests in flight — a steady, not saturating, load, so the figure is the page's
 * cost, not queueing.
 */
export async function latencyP95(target: Target, rounds: number, concurrency: number): Promise<{ p95: number; p50: number; n: number }> {
  const jobs: string[] = [];
  for (let r = 0; r < rounds; r++) jobs.push(...target.cookies);
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const cookie = jobs[next++]!;
      const answer = await get(target.host, target.path, { cookie });
      if (answer.status !== 200) throw new Error(`${target.host}${target.path} answered ${answer.status}`);
      times.push(answer.ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { p95: percentile(times, 95), p50: percentile(times, 50), n: times.length };
}
