/**
 * The request id: taken from the client or the proxy in front (HAProxy sets one, scripts/deploy/haproxy.cfg) when it
 * is a sane token, else a new UUID. Sent back as X-Request-Id and written on the request's log line.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const sane = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(value: string | string[] | null | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  // No long digit runs: the id is logged as is (lib/log/logger.ts), so it must not be able to carry a PESEL or NIP.
  return first && sane.test(first) && !/\d{10}/.test(first) ? first : crypto.randomUUID();
}
