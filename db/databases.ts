import postgres from "postgres";

/** The URL of database `name` on the server of `adminUrl` (same user, host and options). */
export function databaseUrlOn(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops and creates an empty database through the admin connection (the bench's and the e2e server's
 * own databases). `name` is interpolated as it is: a plain identifier from the operator's environment.
 */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}
