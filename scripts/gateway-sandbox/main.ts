/**
 * `npm run gateway:sandbox`: the local Przelewy24-protocol gateway (scripts/gateway-sandbox/server.ts)
 * on GATEWAY_SANDBOX_PORT (default 3200). scripts/dev.ts and scripts/e2e-server.ts start it too.
 */
import { startSandbox } from "./server";
import { DEFAULT_SANDBOX_PORT } from "@/lib/payments/sandbox-credentials";

async function main() {
  const port = Number(process.env.GATEWAY_SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
  const sandbox = await startSandbox({ port, log: (line) => console.log(`[gateway-sandbox] ${line}`) });
  console.log(`[gateway-sandbox] Przelewy24 sandbox on ${sandbox.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void sandbox.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
