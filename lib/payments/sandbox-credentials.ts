import { createHash } from "node:crypto";

/**
 * The local sandbox's fixed credentials (development and tests only). Each tenant gets its own
 * merchant id derived from its id, so a new tenant file needs no sandbox setup; the sandbox derives
 * the API key and CRC from the merchant id, so both sides agree without sharing a file.
 */
export function sandboxMerchantId(tenantId: string): number {
  return 100_000 + (createHash("sha256").update(tenantId).digest().readUInt32BE(0) % 900_000);
}

export function sandboxSecrets(merchantId: number): { apiKey: string; crc: string } {
  return { apiKey: `sandbox-api-key-${merchantId}`, crc: `sandbox-crc-${merchantId}` };
}

export const DEFAULT_SANDBOX_PORT = 3200;
