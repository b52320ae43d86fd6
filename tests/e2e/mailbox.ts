import { expect, type APIRequestContext } from "@playwright/test";

/** Reads the development mailbox of the e2e server (docs/email.md §6), newest first. */
export type Mail = { id: string; tenant: string | null; to: string; subject: string; text: string; html: string; createdAt: string };

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const e2eOrigin = `http://127.0.0.1:${E2E_PORT}`;

export async function mailsTo(request: APIRequestContext, to: string): Promise<Mail[]> {
  const response = await request.get(`${e2eOrigin}/dev/mailbox.json?to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Mail[];
}

/** Waits for a message to `to` whose subject matches, created after `since` (ISO), and returns it. */
export async function waitForMail(request: APIRequestContext, to: string, subject: RegExp, since?: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const mails = await mailsTo(request, to);
        found = mails.find((m) => subject.test(m.subject) && (!since || m.createdAt > since));
        return Boolean(found);
      },
      { timeout: 10_000, message: `e-mail to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first absolute link on a line of its own (docs/email.md §3). */
export function linkIn(mail: Mail, pathPart?: string): string {
  const line = mail.text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /^https?:\/\/\S+$/.test(l) && (!pathPart || l.includes(pathPart)));
  if (!line) throw new Error(`no link${pathPart ? ` containing ${pathPart}` : ""} in:\n${mail.text}`);
  return line;
}

export function oneTimePasswordIn(mail: Mail): string {
  const match = /^Hasło jednorazowe: (\S+)$/m.exec(mail.text);
  if (!match) throw new Error(`no one-time password in:\n${mail.text}`);
  return match[1]!;
}

export function loginsIn(mail: Mail): string[] {
  return [...mail.text.matchAll(/^Login: (\S+)$/gm)].map((m) => m[1]!);
}

export async function setClock(request: APIRequestContext, offsetSeconds: number): Promise<void> {
  const response = await request.post(`${e2eOrigin}/dev/clock`, { data: { offsetSeconds } });
  expect(response.ok()).toBe(true);
}

export async function resetClock(request: APIRequestContext): Promise<void> {
  await request.delete(`${e2eOrigin}/dev/clock`);
}
