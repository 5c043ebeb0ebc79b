import type { Logger as TypeOrmLogger } from 'typeorm';
import { logger } from '../logger';

/**
 * Counts every SQL statement a data source sends, per database: the N+1 guard test reads them, and each
 * subgraph's `/metrics` reports them as `db_statements_total`. A process-wide tally is right here because
 * it describes the process, not a user.
 */
const totals = new Map<string, number>();
/** The totals at the last `resetStatementCounts`: the counts below are what was sent since. */
let baseline = new Map<string, number>();

/** Statements sent to `database` since the process started; never decreases (a Prometheus counter). */
export function statementsTotal(database: string): number {
  return totals.get(database) ?? 0;
}

/** Statements sent since the last reset, to `database` or to all databases. */
export function statementCount(database?: string): number {
  if (database !== undefined) return statementsTotal(database) - (baseline.get(database) ?? 0);
  let count = 0;
  for (const name of totals.keys()) count += statementCount(name);
  return count;
}

/** Statements sent since the last reset, per database that was sent any. */
export function statementCounts(): Record<string, number> {
  return Object.fromEntries(
    [...totals.keys()].map((name) => [name, statementCount(name)]).filter(([, count]) => count !== 0),
  );
}

/** Starts the counts above from zero; the totals go on. */
export function resetStatementCounts(): void {
  baseline = new Map(totals);
}

/** A TypeORM logger that counts statements and logs slow or failed ones through pino. */
export class CountingLogger implements TypeOrmLogger {
  private readonly out;

  constructor(private readonly database: string) {
    this.out = logger.child({ component: 'db', database });
  }

  logQuery(): void {
    totals.set(this.database, statementsTotal(this.database) + 1);
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.warn({ err: error, query: query.slice(0, 200) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, query: query.slice(0, 200) }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message }, 'typeorm');
  }
}
