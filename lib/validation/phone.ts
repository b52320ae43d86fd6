import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** A Polish mobile number in any common spelling ("600 100 200", "+48600100200") → E.164, or null. */
export function normalizePolishMobile(input: string): string | null {
  const phone = parsePhoneNumberFromString(input.trim(), "PL");
  if (!phone || !phone.isValid() || phone.country !== "PL") return null;
  const type = phone.getType();
  if (type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return null;
  return phone.number;
}

/**
 * A phone number as people read it, in groups: "+48600100200" → "+48 600 100 200". A number the
 * numbering plan does not know (the CRM may send free text) is shown as it came.
 */
export function formatPhone(value: string): string {
  const phone = parsePhoneNumberFromString(value.trim(), "PL");
  return phone && phone.isValid() ? phone.formatInternational() : value;
}
