import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { buildSchema } from 'graphql';
import { API_SCHEMA_PATH } from '../../gateway/src/compose';
import { ExportError } from './export-error';
import type { GatewayClient } from './gateway-client';
import { loadOperation } from './operation';
import type { ExportOutput } from './output';
import { type ExportFormat, rowFormatter } from './row-writers';
import { planRows, readPage } from './rows';

export interface ExportOptions {
  /** The GraphQL file's text. */
  source: string;
  operationName?: string;
  variables: Record<string, unknown>;
  format: ExportFormat;
  client: GatewayClient;
  output: ExportOutput;
  /** A progress bar on stderr (drawn only on a terminal). */
  progress: boolean;
}

export interface ExportOutcome {
  /** Where the rows came from, e.g. `customers`. */
  path: string;
  rows: number;
  pages: number;
  /** The connection's totalCount on the last page, when selected. */
  totalCount: number | null;
  /** Whether the rows were paged through (a connection selecting pageInfo). */
  paged: boolean;
}

function progressBar(withTotal: boolean): SingleBar {
  return new SingleBar({
    format: withTotal ? 'Export [{bar}] {value}/{total} rows | {eta_formatted} left' : 'Export {value} rows',
    hideCursor: true,
  });
}

async function queryPage(
  client: GatewayClient,
  source: string,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  pagesDone: number,
): Promise<Record<string, unknown>> {
  try {
    return await client.query(source, variables, operationName);
  } catch (error) {
    if (pagesDone === 0 || !(error instanceof ExportError)) throw error;
    throw new ExportError(`Page ${pagesDone + 1}: ${error.message}`);
  }
}

/**
 * Runs a query page by page (`after: endCursor` until `hasNextPage` is false) or, for a plain list, once,
 * and writes every row. A page that comes back with any error is not written: the export stops there.
 */
export async function runExport(options: ExportOptions): Promise<ExportOutcome> {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  const operation = loadOperation(options.source, schema, options.operationName);
  const plan = planRows(operation);
  const format = rowFormatter(options.format, plan.columns);
  const bar = options.progress ? progressBar(plan.hasTotalCount) : null;
  const operationName = operation.definition.name?.value;
  let variables = options.variables;
  let rows = 0;
  let pages = 0;
  try {
    for (;;) {
      const page = readPage(
        plan,
        await queryPage(options.client, options.source, variables, operationName, pages),
      );
      if (pages === 0) bar?.start(page.totalCount ?? 0, 0);
      pages += 1;
      const more = plan.paged && page.hasNextPage;
      if (more && !plan.afterVariable)
        throw new ExportError(
          `${plan.path.join('.')} has more than one page, but the query passes no variable as its \`after\` argument: declare \`$after: String\` and pass \`after: $after\``,
        );
      if (more && (!page.endCursor || page.endCursor === variables[plan.afterVariable!]))
        throw new ExportError(`${plan.path.join('.')} says it has a next page but gives no new endCursor`);
      await options.output.write(format(page.rows));
      rows += page.rows.length;
      bar?.setTotal(Math.max(page.totalCount ?? 0, rows));
      bar?.update(rows);
      if (!more)
        return { path: plan.path.join('.'), rows, pages, totalCount: page.totalCount, paged: plan.paged };
      variables = { ...variables, [plan.afterVariable!]: page.endCursor };
    }
  } finally {
    bar?.stop();
  }
}
