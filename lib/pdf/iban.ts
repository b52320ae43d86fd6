/** "PL57102010260000150201234567" → "PL57 1020 1026 0000 1502 0123 4567" (groups of four, as banks print it). */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}
