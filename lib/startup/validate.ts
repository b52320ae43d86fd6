import { env } from "@/lib/env";

/** Start-up check (S25): a server with an invalid configuration stops at once and says why. */
export function validateConfigurationOrExit(): void {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
