import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { databaseName, type SubgraphName, withDatabase } from '../config';

/**
 * A subgraph role's password, derived from the admin password: not guessable without it, and the same
 * on every run, so a second tool (`npm run seed` beside a running graph) does not lock the services out.
 */
function rolePassword(adminUrl: string, role: string): string {
  const secret = decodeURIComponent(new URL(adminUrl).password) || 'no-admin-password';
  return createHmac('sha256', secret).update(`c360-role:${role}`).digest('base64url').slice(0, 32);
}

const quoteIdent = (value: string) => `"${value.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** PostgreSQL's duplicate_object and duplicate_database: another provisioner got there first. */
const alreadyExists = (error: unknown) =>
  ['42710', '42P04'].includes((error as { code?: string }).code ?? '');

async function ignoringRace(statement: Promise<unknown>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    if (!alreadyExists(error)) throw error;
  }
}

/**
 * Creates, if absent, one role and one database per subgraph on a server reached with an admin URL,
 * and returns each subgraph's own URL (its role, its database).
 */
export async function provisionSubgraphDatabases(
  adminUrl: string,
  names: readonly SubgraphName[],
  prefix = 'c360',
): Promise<Partial<Record<SubgraphName, string>>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls: Partial<Record<SubgraphName, string>> = {};
  try {
    for (const name of names) {
      const role = databaseName(name, prefix);
      const password = rolePassword(adminUrl, role);
      const roleExists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (roleExists.rowCount === 0) {
        await ignoringRace(
          client.query(`CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(password)}`),
        );
      } else {
        await client.query(`ALTER ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(password)}`);
      }
      const dbExists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [role]);
      if (dbExists.rowCount === 0) {
        await ignoringRace(client.query(`CREATE DATABASE ${quoteIdent(role)} OWNER ${quoteIdent(role)}`));
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
