import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, probePostgres } from "@/tests/helpers/postgres-server";

/**
 * The decision behind the test run's PostgreSQL fallback (tests/helpers/postgres-server.ts): start a
 * throwaway server only when nothing listens at the configured URL; use a server that answers; and
 * refuse, rather than fall back, when something that is not PostgreSQL listens there.
 */
const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A TCP server on a free port that answers the first 8 bytes it reads with `reply` (or nothing). */
async function listener(reply: string | null): Promise<string> {
  const server = net.createServer((socket) => {
    socket.once("data", () => {
      if (reply === null) socket.end();
      else socket.write(reply);
    });
    socket.on("error", () => {});
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `postgres://postgres@127.0.0.1:${(server.address() as net.AddressInfo).port}/postgres`;
}

describe("is a PostgreSQL server answering?", () => {
  it("nothing listening at the port: absent (the run starts its own)", async () => {
    expect(await probePostgres(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`)).toBe("absent");
  });

  it.each(["N", "S"])("a server that answers the SSL request with %s: answers (the run uses it)", async (byte) => {
    expect(await probePostgres(await listener(byte))).toBe("answers");
  });

  it("something else listening (an HTTP server): an error naming the address, no fallback", async () => {
    const url = await listener("HTTP/1.1 400 Bad Request\r\n\r\n");
    await expect(probePostgres(url)).rejects.toThrow(`${new URL(url).host} answers, but not as PostgreSQL`);
  });

  it("a listener that hangs up without answering: an error, no fallback", async () => {
    await expect(probePostgres(await listener(null))).rejects.toThrow("closed the connection without answering as PostgreSQL");
  });
});
