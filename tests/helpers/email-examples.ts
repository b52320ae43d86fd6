import type { EmailTemplate } from "@/emails";

/** Examples of the notification templates (docs/email.md §7), shared by the template and header tests. */
export const notificationExamples: EmailTemplate[] = [
  { name: "payment-reminder", props: { stage: "due", documentNumber: "FV/1/2026", dueDate: "2026-12-10", amount: 12300, path: "/platnosci" } },
  { name: "readings-due", props: { pointCode: "PL0037000000000001", meterNumber: "E-1001", closesOn: "2026-12-05", path: "/odczyty/P1" } },
  {
    name: "new-document",
    props: {
      kindLabel: "Faktura",
      documentNumber: "FV/2/2026",
      issueDate: "2026-12-01",
      dueDate: "2026-12-15",
      amount: 45600,
      path: "/faktury/2",
      explanation: ["Kwota obejmuje energię i opłaty."],
    },
  },
];
