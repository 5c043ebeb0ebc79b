import { parseArgs } from 'node:util';
import { isRole, isScope, ROLES } from '../lib/auth/roles';
import { loadAuthSettings } from '../lib/auth/settings';
import { signToken } from '../lib/auth/tokens';

const USAGE = `Usage: npm run token -- --role <${Object.keys(ROLES).join('|')}> | --scopes "pii:read kpi:read" [--subject <who>] [--expires 12h]`;

// `npm run token`: a bearer token for local use, signed with AUTH_JWT_SECRET (or the development secret in
// DATA_DIR that `npm start` uses), printed alone on the last line.
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scopes: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  let scopes: string[];
  if (values.role !== undefined) {
    if (!isRole(values.role)) throw new Error(`Unknown role "${values.role}". ${USAGE}`);
    scopes = [...ROLES[values.role]];
  } else if (values.scopes !== undefined) {
    scopes = values.scopes.split(/[\s,]+/).filter(Boolean);
    const unknown = scopes.filter((scope) => !isScope(scope));
    if (unknown.length > 0) throw new Error(`Unknown scopes: ${unknown.join(', ')}. ${USAGE}`);
  } else {
    throw new Error(USAGE);
  }
  const token = await signToken(loadAuthSettings().tokens, {
    subject: values.subject ?? `local:${values.role ?? 'custom'}`,
    scopes,
    expiresIn: values.expires,
  });
  console.log(`scopes: ${scopes.join(' ')}`);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
