import { Fragment } from "react";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P, ValueLine } from "./layout";
import { textEmail } from "./text";

/**
 * One part of a message's body, written once for both parts of the e-mail: a paragraph; a button
 * whose address stands alone in the text part (after an optional caption such as "Logowanie:");
 * labelled values that must be easy to copy; or lines only the text part has.
 */
export type EmailBlock =
  | { paragraph: string }
  | { action: { href: string; label: string; caption?: string } }
  | { values: { label: string; value: string }[] }
  | { textOnly: string[] };

/**
 * A template from its subject and its blocks: the HTML part in the branded layout (preview = the
 * subject) and the hand-written text part (emails/text.ts) come from the same list, so they never
 * drift apart.
 */
export function defineEmail<P>(definition: {
  subject: (props: P, ctx: EmailContext) => string;
  body: (props: P, ctx: EmailContext) => EmailBlock[];
}): EmailDefinition<P> {
  const { subject, body } = definition;
  function Component({ ctx, ...rest }: P & { ctx: EmailContext }) {
    const props = rest as P;
    return (
      <EmailLayout ctx={ctx} preview={subject(props, ctx)}>
        {body(props, ctx).map((block, i) => (
          <Fragment key={i}>{html(block, ctx)}</Fragment>
        ))}
      </EmailLayout>
    );
  }
  return {
    subject,
    Component,
    text: (props, ctx) => textEmail(ctx, body(props, ctx).flatMap(text)),
  };
}

function html(block: EmailBlock, ctx: EmailContext) {
  if ("paragraph" in block) return <P>{block.paragraph}</P>;
  if ("action" in block) return <ActionLink ctx={ctx} href={block.action.href} label={block.action.label} />;
  if ("values" in block) return block.values.map((v) => <ValueLine key={`${v.label}:${v.value}`} ctx={ctx} label={v.label} value={v.value} />);
  return null;
}

function text(block: EmailBlock): (string | string[])[] {
  if ("paragraph" in block) return [block.paragraph];
  if ("action" in block) return block.action.caption ? [block.action.caption, block.action.href] : [block.action.href];
  if ("values" in block) return [block.values.map((v) => `${v.label}: ${v.value}`)];
  return block.textOnly;
}

/** What every single-use link e-mail is given: the link's path and when it stops working. */
export type LinkEmailProps = { path: string; expiresAt: Date };

/** The texts of a single-use link e-mail, in the order they stand (the button after the introduction). */
export type LinkEmailTexts = { subject: string; intro: string; validity: string; ignore: string };

/**
 * A message that carries one single-use link (activation, password reset, e-mail change): an
 * introduction, the button to the link, how long it is valid, and what to do when it was not asked for.
 */
export function defineLinkEmail<Extra>(
  label: string,
  texts: (props: Extra & LinkEmailProps, ctx: EmailContext) => LinkEmailTexts,
): EmailDefinition<Extra & LinkEmailProps> {
  return defineEmail<Extra & LinkEmailProps>({
    subject: (p, ctx) => texts(p, ctx).subject,
    body: (p, ctx) => {
      const { intro, validity, ignore } = texts(p, ctx);
      return [{ paragraph: intro }, { action: { href: ctx.url(p.path), label } }, { paragraph: validity }, { paragraph: ignore }];
    },
  });
}

/**
 * The texts of a message about signing in to the account (a one-time password, a verification code,
 * a change of two-step sign-in), in the order they stand: the introduction, the secret to copy when
 * the message carries one, then the notes.
 */
export type SignInEmailTexts = { subject: string; intro: string; secret?: { label: string; value: string }; notes: string[] };

/**
 * A message about signing in: its texts, then the way to the sign-in page — a button labelled
 * `loginButton` when the message invites the customer to sign in now, otherwise only the address in
 * the text part.
 */
export function defineSignInEmail<P>(texts: (props: P, ctx: EmailContext) => SignInEmailTexts, loginButton?: string): EmailDefinition<P> {
  return defineEmail<P>({
    subject: (p, ctx) => texts(p, ctx).subject,
    body: (p, ctx) => {
      const { intro, secret, notes } = texts(p, ctx);
      const login = ctx.url("/");
      return [
        { paragraph: intro },
        ...(secret ? [{ values: [secret] }] : []),
        ...notes.map((paragraph) => ({ paragraph })),
        loginButton ? { action: { href: login, label: loginButton, caption: "Logowanie:" } } : { textOnly: ["Logowanie:", login] },
      ];
    },
  });
}
