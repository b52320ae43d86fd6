import os from "node:os";
import postgres from "postgres";

export type MachineInfo = { cpuModel: string; cores: number; ramGb: number; os: string; node: string; postgres: string };

export async function machineInfo(adminUrl: string): Promise<MachineInfo> {
  let pg = "PostgreSQL (unknown version)";
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    pg = `PostgreSQL ${row!.v}`;
  } finally {
    await sql.end();
  }
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.availableParallelism(),
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: pg,
  };
}
