import { createElement } from "react";
import { render } from "@react-email/render";
import { emailTemplates, type EmailDefinition, type EmailTemplate } from "@/emails";
import { neutralBrand, tenantBrand, type EmailContext, type UnsubscribeLinks } from "@/emails/context";
import type { Tenant } from "@/lib/tenant/schema";
import { backOfficeUrl, tenantUrl } from "@/lib/email/urls";
import { headerAddress, headerLine } from "@/lib/email/header-line";

export type RenderedEmail = { from: string; replyTo?: string; subject: string; html: string; text: string };

/** Sender of back-office mail, which belongs to no seller. */
export const backOfficeFrom = "mojBOK <powiadomienia@mojbok.example>";

export function emailContext(tenant: Tenant | null, unsubscribe?: UnsubscribeLinks): EmailContext {
  return tenant ? { brand: tenantBrand(tenant), url: (path) => tenantUrl(tenant, path), unsubscribe } : { brand: neutralBrand, url: backOfficeUrl };
}

/**
 * Subject, HTML and text of one message. Pure apart from reading the configured hosts. Every header
 * value leaves here as one clean line (S28): templates put user text (a ticket subject) into subjects.
 */
export async function renderEmail(tenant: Tenant | null, template: EmailTemplate, unsubscribe?: UnsubscribeLinks): Promise<RenderedEmail> {
  const ctx = emailContext(tenant, unsubscribe);
  // The union's name and props belong together; TypeScript can't follow that through an index.
  const definition = emailTemplates[template.name] as unknown as EmailDefinition<typeof template.props>;
  const html = await render(createElement(definition.Component, { ...template.props, ctx }));
  const replyTo = tenant?.email.replyTo;
  return {
    from: headerLine(tenant?.email.from ?? backOfficeFrom),
    replyTo: replyTo === undefined ? undefined : headerAddress(replyTo),
    subject: headerLine(definition.subject(template.props, ctx)),
    html,
    text: definition.text(template.props, ctx),
  };
}
