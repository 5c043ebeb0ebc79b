import { Client } from 'pg';
import { databaseName, type SubgraphName, withDatabase } from '../config';

/** Local-only role password: the embedded server listens on loopback and lives in DATA_DIR. */
export function localRolePassword(role: string): string {
  return `${role}_local`;
}

const quoteIdent = (value: string) => `"${value.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates, if absent, one role and one database per subgraph on a server reached with an admin URL,
 * and returns each subgraph's own URL (its role, its database).
 */
export async function provisionSubgraphDatabases(
  adminUrl: string,
  names: readonly SubgraphName[],
  prefix = 'c360',
): Promise<Record<SubgraphName, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls = {} as Record<SubgraphName, string>;
  try {
    for (const name of names) {
      const role = databaseName(name, prefix);
      const password = localRolePassword(role);
      const roleExists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (roleExists.rowCount === 0) {
        await client.query(`CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(password)}`);
      }
      const dbExists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [role]);
      if (dbExists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${quoteIdent(role)} OWNER ${quoteIdent(role)}`);
      }
      const url = new URL(withDatabase(adminUrl, role));
      url.username = role;
      url.password = password;
      urls[name] = url.toString();
    }
  } finally {
    await client.end();
  }
  return urls;
}
