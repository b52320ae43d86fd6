import type { EmailBrand, UnsubscribeLinks } from "./context";

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

/** The lines a notification adds to the footer; each link stands on a line of its own in the text part. */
export function unsubscribeLines(links: UnsubscribeLinks): { caption: string; href: string }[] {
  return [
    { caption: "Nie chcesz otrzymywać takich wiadomości? Wypisz się jednym kliknięciem:", href: links.url },
    { caption: "Wszystkie powiadomienia e-mail ustawisz w serwisie:", href: links.settingsUrl },
  ];
}

export const greeting = "Dzień dobry,";
export const signOff = (brand: EmailBrand) => ["Z poważaniem", `Zespół ${brand.productName}`];
