import { getDbHandle } from "@/db/client";
import { configuredProvider, startMailWorker, stopMailWorker } from "@/lib/email/runner";

/**
 * `npm run mail:worker`: delivers the outbox from its own process (set MAIL_WORKER=off on the app
 * instances then). Safe next to other workers: claims use SKIP LOCKED. Runs until SIGTERM/SIGINT.
 * No top-level await: without "type": "module" tsx compiles scripts to CommonJS.
 */
async function main() {
  if (!configuredProvider()) {
    console.error("RESEND_API_KEY is not set: there is nowhere to deliver to. Messages stay in the outbox (see /dev/mailbox).");
    process.exit(1);
  }
  const handle = await getDbHandle();
  startMailWorker();
  console.log(`Mail worker running (${handle.kind === "postgres" ? "PostgreSQL server" : "embedded PGlite"}). Stop with Ctrl+C or SIGTERM.`);
  // The poll timer is unref'd; this keeps the process alive until a signal arrives.
  const keepAlive = setInterval(() => {}, 1 << 30);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing the current pass…`);
    clearInterval(keepAlive);
    await stopMailWorker();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

void main();
