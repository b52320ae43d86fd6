import type { EmailContext } from "./context";
import { footerLines, greeting, signOff, unsubscribeLines } from "./footer";

/**
 * The text part: paragraphs separated by a blank line. A link or a fixed line (`Hasło jednorazowe: …`,
 * `Login: …`) is passed as its own paragraph or line, so it always stands on a line of its own.
 */
export function textEmail(ctx: EmailContext, paragraphs: (string | string[])[]): string {
  const body = paragraphs.map((p) => (Array.isArray(p) ? p.join("\n") : p));
  const unsubscribe = ctx.unsubscribe ? unsubscribeLines(ctx.unsubscribe).map((l) => `${l.caption}\n${l.href}`) : [];
  return [greeting, ...body, signOff(ctx.brand).join("\n"), "-- ", footerLines(ctx.brand).join("\n"), ...unsubscribe].join("\n\n") + "\n";
}
