import { demoIdentities } from "@/lib/demo/identities";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

/**
 * What must never appear in the server's log (docs/decisions/0016-logs-and-outages.md): every demo identity's
 * PESEL and NIP, the demo password, and whatever one-time passwords the run handed out.
 */
export function demoSecrets(): string[] {
  const identities = Object.values(demoIdentities).flat();
  return [...new Set([...identities.flatMap((i) => [i.pesel, i.nip]).filter((v): v is string => Boolean(v)), DEMO_PASSWORD])];
}

/** The secrets that occur in the log, each with the first line it is on (shortened). */
export function leaksIn(log: string, secrets: string[]): string[] {
  const lines = log.split("\n");
  return secrets.flatMap((secret) => {
    const line = lines.find((l) => l.includes(secret));
    return line === undefined ? [] : [`${secret.slice(0, 3)}… in: ${line.replace(secret, "[found]").slice(0, 300)}`];
  });
}
