/**
 * The client's address from X-Forwarded-For. Each proxy appends the address it saw, so only the
 * entries added by our own proxies can be trusted: with `hops` trusted proxies in front of the app,
 * the client is the entry `hops` places from the right. Anything to its left was sent by the client
 * and may be forged (an attacker could otherwise pick "127.0.0.1" or a new address per request and
 * slip past the per-address rate limits).
 */
export function pickClientIp(forwardedFor: string | null | undefined, hops: number): string | null {
  if (!forwardedFor || hops < 1) return null;
  const entries = forwardedFor
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const candidate = entries[entries.length - hops];
  return candidate && /^[0-9a-f.:]{2,45}$/i.test(candidate) ? candidate : null;
}
