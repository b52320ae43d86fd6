import type { EmailBrand } from "./context";

/** The footer as lines, shared by the HTML layout and the text part so both say the same. */
export function footerLines(brand: EmailBrand): string[] {
  const lines = [brand.legalName];
  const c = brand.contacts;
  if (c) {
    lines.push(`Tel. ${c.phone}${c.phoneNote ? ` (${c.phoneNote})` : ""}`);
    if (c.hours) lines.push(`Biuro Obsługi Klienta czynne: ${c.hours}`);
    lines.push(`E-mail dla klientów indywidualnych: ${c.emailIndividual}`);
    lines.push(`E-mail dla klientów biznesowych: ${c.emailBusiness}`);
  }
  if (!brand.acceptsReplies) lines.push("Wiadomość została wygenerowana automatycznie — prosimy na nią nie odpowiadać.");
  return lines;
}

export const greeting = "Dzień dobry,";
export const signOff = (brand: EmailBrand) => ["Z poważaniem", `Zespół ${brand.productName}`];
