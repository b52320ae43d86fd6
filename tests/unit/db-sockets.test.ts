import net from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { noDelaySockets, openPostgres } from "@/db/client";

/** The database sockets turn Nagle's algorithm off (db/client.ts: a COPY's last message waited ~40 ms for a delayed ACK). */

const servers: net.Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A PostgreSQL ErrorResponse (FATAL 28000): the client gives up at once instead of waiting for the handshake. */
function refusal(): Buffer {
  const body = Buffer.from("SFATAL\0C28000\0Mno\0\0", "latin1");
  const head = Buffer.alloc(5);
  head.write("E", 0, "latin1");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** A listener that records who connects; with `refuse`, it answers like a server turning the login down. */
async function listener(refuse = false): Promise<{ server: net.Server; port: number; accepted: net.Socket[] }> {
  const accepted: net.Socket[] = [];
  const server = net.createServer((socket) => {
    accepted.push(socket);
    if (refuse) socket.once("data", () => socket.end(refusal()));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, port: (server.address() as net.AddressInfo).port, accepted };
}

describe("database sockets", () => {
  it("connect with TCP_NODELAY, taking the hosts in turn", async () => {
    const noDelay = vi.spyOn(net.Socket.prototype, "setNoDelay");
    const [a, b] = [await listener(), await listener()];
    const open = noDelaySockets();
    const sockets = [0, 1, 2].map(() => open({ host: ["127.0.0.1", "127.0.0.1"], port: [a.port, b.port] }));
    await Promise.all(sockets.map((socket) => once(socket, "connect")));
    expect(noDelay).toHaveBeenCalledTimes(3);
    expect(noDelay.mock.calls.every(([on]) => on === true)).toBe(true);
    await vi.waitFor(() => expect([a.accepted.length, b.accepted.length]).toEqual([2, 1]));
    for (const socket of [...sockets, ...a.accepted, ...b.accepted]) socket.destroy();
  });

  it("are the ones openPostgres uses", async () => {
    const noDelay = vi.spyOn(net.Socket.prototype, "setNoDelay");
    const { port, accepted } = await listener(true);
    const handle = openPostgres(`postgres://mojbok@127.0.0.1:${port}/mojbok`, { max: 1 });
    await expect(handle.db.execute(sql`SELECT 1`)).rejects.toThrow();
    await handle.close();
    expect(accepted.length).toBe(1);
    expect(noDelay).toHaveBeenCalledWith(true);
  });
});
