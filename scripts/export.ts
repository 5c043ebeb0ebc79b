import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../lib/auth/development-token';
import { loadAuthSettings } from '../lib/auth/settings';
import { ExportError } from './export/export-error';
import { gatewayClient } from './export/gateway-client';
import { type ExportOutput, fileOutput, stdoutOutput } from './export/output';
import { type ExportFormat, FORMATS } from './export/row-writers';
import { runExport } from './export/run-export';

const USAGE = `Usage: npm run export -- --query <file.graphql> [--operation <name>]
         [--variables '<json>' | --variables-file <file.json>] [--format csv|ndjson] [--out <file>]
         [--url <gateway url>] [--token <jwt>]
e.g.    npm run export -- --query examples/operations/bi-kpis.graphql --variables '{"from":"2026-11-01","to":"2026-11-30"}' --format csv --out kpis.csv`;

const usageError = (message: string) => new ExportError(`${message}\n${USAGE}`, 2);

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw usageError(`Cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

function parseVariables(json: string | undefined, file: string | undefined): Record<string, unknown> {
  if (json !== undefined && file !== undefined)
    throw usageError('Give --variables or --variables-file, not both');
  const text = file !== undefined ? readText(file, 'the variables file') : json;
  if (text === undefined) return {};
  let variables: unknown;
  try {
    variables = JSON.parse(text);
  } catch (error) {
    throw usageError(`The variables are not JSON: ${(error as Error).message}`);
  }
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables))
    throw usageError('The variables must be a JSON object, e.g. {"from":"2026-11-01"}');
  return variables as Record<string, unknown>;
}

/**
 * --token, else TOKEN; in development (NODE_ENV is not production) the development token `npm start`
 * prints (every read scope), signed with the same local secret.
 */
async function bearerToken(given: string | undefined): Promise<string> {
  const token = given ?? process.env.TOKEN;
  if (token) return token;
  if (process.env.NODE_ENV === 'production')
    throw usageError('Pass --token <jwt> or set TOKEN (`npm run token -- --role analyst` makes one)');
  return signDevelopmentToken(loadAuthSettings());
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        query: { type: 'string' },
        operation: { type: 'string' },
        variables: { type: 'string' },
        'variables-file': { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

// `npm run export`: pages through a query via the gateway and writes its rows as CSV or NDJSON.
async function main() {
  const values = parseCommandLine();
  if (!values.query) throw usageError('--query <file.graphql> is required');
  if (!FORMATS.includes(values.format as ExportFormat))
    throw usageError(`--format must be ${FORMATS.join(' or ')}, not ${values.format}`);
  const source = readText(values.query, 'the query file');
  const variables = parseVariables(values.variables, values['variables-file']);
  const url = values.url ?? process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const client = gatewayClient(url, await bearerToken(values.token));
  const output: ExportOutput = values.out ? fileOutput(values.out) : stdoutOutput();
  try {
    const outcome = await runExport({
      source,
      operationName: values.operation,
      variables,
      format: values.format as ExportFormat,
      client,
      output,
      progress: true,
    });
    await output.commit();
    const total = outcome.totalCount === null ? '' : ` (totalCount ${outcome.totalCount})`;
    const requests = `${outcome.pages} ${outcome.pages === 1 ? 'request' : 'requests'}`;
    console.error(
      `Exported ${outcome.rows} rows of ${outcome.path}${total} in ${requests} to ${values.out ?? 'stdout'}.`,
    );
    if (outcome.totalCount !== null && outcome.totalCount !== outcome.rows)
      console.error(
        outcome.paged
          ? 'The list changed while it was exported (rows were added or removed meanwhile): run it again for a consistent copy.'
          : `Only the first page was exported: select pageInfo { hasNextPage endCursor } and pass after: $after to page through all ${outcome.totalCount}.`,
      );
  } catch (error) {
    await output.abort();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof ExportError ? error.exitCode : 1);
});
