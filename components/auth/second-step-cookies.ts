import "server-only";
import { cookies } from "next/headers";
import { isProduction } from "@/lib/env";
import { DEVICE_DAYS, PENDING_STEP_MINUTES } from "@/lib/accounts/second-factor";

/**
 * The browser's half of two-step sign-in (docs/accounts.md §15): the pending second step's token
 * (ten minutes) and a remembered device's token (30 days). Both httpOnly and host-only, so neither
 * other hosts nor page scripts read them; the database holds only their SHA-256.
 */
const secure = isProduction();
const STEP = secure ? "__Host-mojbok.second-step" : "mojbok.second-step";
const DEVICE = secure ? "__Host-mojbok.device" : "mojbok.device";
const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };

const read = async (name: string) => {
  const value = (await cookies()).get(name)?.value ?? "";
  return value.length > 0 && value.length <= 100 ? value : null;
};

export const pendingStepToken = () => read(STEP);
export const deviceToken = () => read(DEVICE);

export async function setPendingStep(token: string | null): Promise<void> {
  const jar = await cookies();
  if (token === null) {
    if (jar.has(STEP)) jar.delete({ name: STEP, ...options });
    return;
  }
  jar.set(STEP, token, { ...options, maxAge: PENDING_STEP_MINUTES * 60 });
}

export async function setDeviceToken(token: string): Promise<void> {
  (await cookies()).set(DEVICE, token, { ...options, maxAge: DEVICE_DAYS * 24 * 3600 });
}
