/** The consents a customer manages in "Moje dane" (also read by the client form, so no server imports here). */
export const customerConsents = [
  { kind: "e_invoice", label: "Zgoda na otrzymywanie faktur w formie elektronicznej (e-faktura)" },
  { kind: "marketing", label: "Zgoda na otrzymywanie informacji marketingowych" },
] as const;
export type CustomerConsentKind = (typeof customerConsents)[number]["kind"];
