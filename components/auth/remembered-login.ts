import "server-only";
import { cookies } from "next/headers";
import { isProduction } from "@/lib/env";

/**
 * "Zapamiętaj mnie" remembers the login name on this device and nothing else: it never lengthens the
 * session (docs/accounts.md §6). httpOnly and host-only, so other hosts and page scripts cannot read it.
 */
const secure = isProduction();
const COOKIE = secure ? "__Host-mojbok.login" : "mojbok.login";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export async function rememberedLogin(): Promise<string> {
  const value = (await cookies()).get(COOKIE)?.value ?? "";
  return value.length <= 200 ? value : "";
}

/** Stores `login`, or forgets it when null. */
export async function rememberLogin(login: string | null): Promise<void> {
  const jar = await cookies();
  if (login === null) {
    if (jar.has(COOKIE)) jar.delete({ name: COOKIE, path: "/", secure, httpOnly: true, sameSite: "lax" });
    return;
  }
  jar.set(COOKIE, login, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: ONE_YEAR_SECONDS });
}
