/** The subgraphs' Prometheus counter of SQL statements sent, by database. */
export const DB_STATEMENTS_METRIC = 'db_statements_total';

const SAMPLE = new RegExp(`^${DB_STATEMENTS_METRIC}(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)`, 'gm');

/** The sum of every `db_statements_total` sample in a Prometheus text exposition. */
export function statementsIn(exposition: string): number | null {
  let total: number | null = null;
  for (const match of exposition.matchAll(SAMPLE)) total = (total ?? 0) + Number(match[1]);
  return total;
}

/**
 * SQL statements the subgraphs have sent so far, summed over their `/metrics`; null when a subgraph does
 * not expose the counter (the column then reads "n/a").
 */
export async function readStatements(subgraphUrls: readonly string[]): Promise<number | null> {
  try {
    const counts = await Promise.all(
      subgraphUrls.map(async (url) => {
        const response = await fetch(new URL('/metrics', url));
        return response.ok ? statementsIn(await response.text()) : null;
      }),
    );
    return counts.some((count) => count === null) ? null : counts.reduce((sum, count) => sum! + count!, 0);
  } catch {
    return null;
  }
}
