import type { ReactElement } from "react";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * What a template may know about the sender: the brand and a way to make absolute links. Templates
 * never see the whole tenant config, so one neutral brand serves back-office mail (tenant null).
 */
export type EmailBrand = {
  productName: string;
  legalName: string;
  colours: Pick<Tenant["brand"], "primary" | "primaryContrast" | "accent" | "surface" | "text">;
  fontStack: string;
  /** Null for back-office mail, which has no customer-service contacts to show. */
  contacts: Tenant["contacts"] | null;
  /** The tenant's own label for password recovery ("Nie pamiętasz hasła?" / "Zapomniałeś hasła?"). */
  forgotPasswordLabel: string;
  /** When the sender has a reply-to address, the footer doesn't ask people not to answer. */
  acceptsReplies: boolean;
};

export type EmailContext = {
  brand: EmailBrand;
  /** Absolute URL on the sender's host for a path such as "/aktywacja/…". */
  url: (path: string) => string;
  /**
   * A notification a customer may turn off (docs/email.md §7): the one-click unsubscribe page for
   * its event and the notification settings, shown under the sign-off of both parts.
   */
  unsubscribe?: UnsubscribeLinks;
};

/** Absolute links of a notification's footer. */
export type UnsubscribeLinks = { url: string; settingsUrl: string };

export type EmailDefinition<P> = {
  subject: (props: P, ctx: EmailContext) => string;
  Component: (props: P & { ctx: EmailContext }) => ReactElement;
  /** Written by hand, not converted from HTML, so the lines tools rely on (docs/email.md §3) stay exact. */
  text: (props: P, ctx: EmailContext) => string;
};

export function tenantBrand(tenant: Tenant): EmailBrand {
  const { primary, primaryContrast, accent, surface, text, fontStack } = tenant.brand;
  return {
    productName: tenant.names.product,
    legalName: tenant.names.legal,
    colours: { primary, primaryContrast, accent, surface, text },
    fontStack,
    contacts: tenant.contacts,
    forgotPasswordLabel: tenant.texts.forgotPasswordLink,
    acceptsReplies: Boolean(tenant.email.replyTo),
  };
}

export const neutralBrand: EmailBrand = {
  productName: "mojBOK",
  legalName: "mojBOK — zaplecze obsługi klienta",
  colours: { primary: "#1f2937", primaryContrast: "#ffffff", accent: "#2563eb", surface: "#f3f4f6", text: "#111827" },
  fontStack: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  contacts: null,
  forgotPasswordLabel: "Nie pamiętasz hasła?",
  acceptsReplies: false,
};
