/** A PESEL is personal: only its last four digits are shown. (A company's NIP is public and shown whole.) */
export const maskPesel = (pesel: string) => `${"*".repeat(Math.max(pesel.length - 4, 0))}${pesel.slice(-4)}`;
