import type { EmailDefinition } from "./context";
import { accountCreated } from "./account-created";
import { accountLocked } from "./account-locked";
import { accountUnlocked } from "./account-unlocked";
import { emailChanged } from "./email-changed";
import { activation } from "./activation";
import { delegateInvitation } from "./delegate-invitation";
import { emailChange } from "./email-change";
import { loginReminder } from "./login-reminder";
import { newDevice } from "./new-device";
import { oneTimePassword } from "./one-time-password";
import { passwordChanged } from "./password-changed";
import { passwordReset } from "./password-reset";
import { newDocument } from "./new-document";
import { paymentReceived } from "./payment-received";
import { paymentReminder } from "./payment-reminder";
import { readingsDue } from "./readings-due";
import { regulationUpdated } from "./regulation-updated";
import { registrationBlocked } from "./registration-blocked";
import { registrationNotice } from "./registration-notice";
import { ticketReceived } from "./ticket-received";
import { ticketReplied } from "./ticket-replied";
import { secondFactorChanged } from "./second-factor-changed";
import { secondFactorCode } from "./second-factor-code";

/** Every e-mail the product sends, by the name stored in email_outbox.template. */
export const emailTemplates = {
  activation,
  "one-time-password": oneTimePassword,
  "login-reminder": loginReminder,
  "password-changed": passwordChanged,
  "account-locked": accountLocked,
  "account-unlocked": accountUnlocked,
  "email-changed": emailChanged,
  "account-created": accountCreated,
  "password-reset": passwordReset,
  "email-change": emailChange,
  "ticket-received": ticketReceived,
  "ticket-replied": ticketReplied,
  "regulation-updated": regulationUpdated,
  "payment-received": paymentReceived,
  "payment-reminder": paymentReminder,
  "readings-due": readingsDue,
  "new-document": newDocument,
  "registration-blocked": registrationBlocked,
  "registration-notice": registrationNotice,
  "new-device": newDevice,
  "second-factor-code": secondFactorCode,
  "second-factor-changed": secondFactorChanged,
  "delegate-invitation": delegateInvitation,
};

export type EmailName = keyof typeof emailTemplates;
type PropsOf<D> = D extends EmailDefinition<infer P> ? P : never;
export type EmailProps<N extends EmailName> = PropsOf<(typeof emailTemplates)[N]>;

/** `{ name: "activation", props: {…} } | …` — what callers of sendEmail pass. */
export type EmailTemplate = { [N in EmailName]: { name: N; props: EmailProps<N> } }[EmailName];

export type { EmailBrand, EmailContext, EmailDefinition } from "./context";
