import type { ReactNode } from "react";
import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { EmailContext } from "./context";
import { footerLines, greeting, signOff, unsubscribeLines } from "./footer";

/**
 * The branded frame of every message. The header is the product name as styled text: an SVG
 * wordmark is blocked or dropped by many mail clients (Gmail, Outlook), text always shows.
 */
export function EmailLayout({ ctx, preview, children }: { ctx: EmailContext; preview: string; children: ReactNode }) {
  const { brand } = ctx;
  const c = brand.colours;
  return (
    <Html lang="pl" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: c.surface, color: c.text, fontFamily: brand.fontStack, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", maxWidth: "600px", padding: "0 32px 24px", borderTop: `6px solid ${c.primary}` }}>
          <Text
            style={{ color: c.primary, fontSize: "24px", fontWeight: 700, margin: "24px 0 8px", borderBottom: `2px solid ${c.accent}`, paddingBottom: "12px" }}
          >
            {brand.productName}
          </Text>
          <Text style={paragraph}>{greeting}</Text>
          {children}
          <Text style={paragraph}>
            {signOff(brand)[0]}
            <br />
            {signOff(brand)[1]}
          </Text>
          <Hr style={{ borderColor: c.surface, margin: "24px 0 12px" }} />
          <Section>
            {footerLines(brand).map((line) => (
              <Text key={line} style={{ fontSize: "12px", lineHeight: "18px", margin: 0, color: "#555555" }}>
                {line}
              </Text>
            ))}
            {ctx.unsubscribe
              ? unsubscribeLines(ctx.unsubscribe).map((line) => (
                  <Text key={line.href} style={{ fontSize: "12px", lineHeight: "18px", margin: "8px 0 0", color: "#555555" }}>
                    {line.caption}{" "}
                    <Link href={line.href} style={{ color: c.accent, wordBreak: "break-all" }}>
                      {line.href}
                    </Link>
                  </Text>
                ))
              : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const paragraph = { fontSize: "15px", lineHeight: "22px", margin: "12px 0" };

export function P({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

/** A button plus the address in full, for clients that don't render buttons. */
export function ActionLink({ ctx, href, label }: { ctx: EmailContext; href: string; label: string }) {
  const c = ctx.brand.colours;
  return (
    <Section style={{ margin: "20px 0" }}>
      <Button
        href={href}
        style={{ backgroundColor: c.primary, color: c.primaryContrast, padding: "12px 20px", borderRadius: "6px", fontWeight: 600, fontSize: "15px" }}
      >
        {label}
      </Button>
      <Text style={{ fontSize: "13px", lineHeight: "20px", margin: "12px 0 0", color: "#555555" }}>
        Jeśli przycisk nie działa, prosimy skopiować ten adres do przeglądarki:{" "}
        <Link href={href} style={{ color: c.accent, wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}

/** A labelled value that must be easy to copy: a one-time password or a login. */
export function ValueLine({ ctx, label, value }: { ctx: EmailContext; label: string; value: string }) {
  return (
    <Text style={{ ...paragraph, margin: "4px 0" }}>
      {label}:{" "}
      <strong style={{ fontFamily: "Consolas, 'Courier New', monospace", fontSize: "17px", color: ctx.brand.colours.primary, letterSpacing: "1px" }}>
        {value}
      </strong>
    </Text>
  );
}
