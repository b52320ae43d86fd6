import { normalizeHost } from "@/lib/tenant/resolve";

/**
 * S29 (docs/security.md): the switches made for end-to-end tests — DEV_TOOLS=1 (/dev/mailbox,
 * /dev/clock: every e-mail, one-time passwords included, readable by anyone) and P24_SANDBOX=1
 * (payments through a sandbox whose credentials follow from the tenant id) — are refused by a
 * production start as soon as one tenant or back-office host could be reached from outside this
 * machine. The e2e server serves only *.localhost hosts, so it keeps starting.
 */
export function isLoopbackHost(raw: string): boolean {
  const host = normalizeHost(raw);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "[::1]" || host === "::1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

export type TestSwitches = { DEV_TOOLS?: string; P24_SANDBOX?: string };

/** One message per switch that is on while a host is public; empty when the start may go on. */
export function testSwitchProblems(switches: TestSwitches, hosts: Iterable<string>): { variable: keyof TestSwitches; message: string }[] {
  const exposed = [...new Set([...hosts].filter((h) => !isLoopbackHost(h)))];
  if (!exposed.length) return [];
  const list = exposed.join(", ");
  return (["DEV_TOOLS", "P24_SANDBOX"] as const)
    .filter((name) => switches[name] === "1")
    .map((variable) => ({
      variable,
      message: `${variable}=1 is for end-to-end tests on loopback hosts (localhost, *.localhost, 127.0.0.1) only; refusing to start with the public host(s) ${list}`,
    }));
}
