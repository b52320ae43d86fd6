import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import QRCode from "qrcode";
import { createHmac } from "node:crypto";

/**
 * The second factor of staff (S23) and of customers who turn it on (S32): RFC 6238 TOTP, 6 digits,
 * 30-second steps, SHA-1 — what every authenticator app reads from the QR code. A code is accepted
 * once: the caller stores the step it belongs to, and a code of that step or an earlier one is refused
 * (no replay within its window).
 */
const PERIOD = 30;
const DIGITS = 6;
const ALGORITHM = "SHA-1";
/** The name the authenticator app shows above the staff's codes; a customer's codes show the tenant's product name. */
export const TOTP_ISSUER = "mojBOK konsola";

export async function newTotpSecret(): Promise<string> {
  return (await generateTOTP({ period: PERIOD, digits: DIGITS, algorithm: ALGORITHM })).secret;
}

export function totpUri(secret: string, accountName: string, issuer: string = TOTP_ISSUER): string {
  return getTOTPAuthUri({ period: PERIOD, digits: DIGITS, algorithm: ALGORITHM, secret, accountName, issuer });
}

/** The QR code as an SVG data URL (CSP allows data: images; an SVG in <img> runs no script). */
export async function totpQrDataUrl(secret: string, accountName: string, issuer: string = TOTP_ISSUER): Promise<string> {
  const svg = await QRCode.toString(totpUri(secret, accountName, issuer), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** "123 456" is read as "123456"; anything but six digits is not a code. */
export const normalizeCode = (code: string) => code.replace(/\s+/g, "");

/**
 * The step of a valid code newer than `lastStep`, or null. One step of clock drift either way is
 * tolerated, as authenticator apps expect.
 */
export async function acceptTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const otp = normalizeCode(code);
  if (!/^\d{6}$/.test(otp)) return null;
  const result = await verifyTOTP({ otp, secret, period: PERIOD, digits: DIGITS, algorithm: ALGORITHM, window: 1 });
  if (!result) return null;
  // The library reads the real time (not lib/clock): authenticator apps do too.
  const step = Math.floor(Date.now() / 1000 / PERIOD) + result.delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/**
 * For tests and the e2e suite: the code an authenticator shows `stepsAhead` 30-second steps from now
 * (RFC 4226 over the base32 key). A test that has used this step's code signs in with the next one,
 * as a person would after the app moves on.
 */
export function totpAhead(secret: string, stepsAhead: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / PERIOD) + stepsAhead));
  const mac = createHmac("sha1", base32Bytes(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS).padStart(DIGITS, "0");
}

function base32Bytes(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of text.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
}

/** For tests and the e2e suite: the code an authenticator would show now. */
export async function currentTotp(secret: string): Promise<string> {
  return (await generateTOTP({ secret, period: PERIOD, digits: DIGITS, algorithm: ALGORITHM })).otp;
}
