import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The operations the README shows and the end-to-end tests run. */
const OPERATIONS_DIR = path.resolve(__dirname, '../../examples/operations');

// Demo personas (README "Demo personas"): the seeded ids are the same on every machine.
const RITA_NOVAK = '42404b75-20b8-5fb4-890b-7632562e1814';
const LENA_LINDQVIST = '06f9c031-95a3-5a98-a54b-70bcab01d8d1';
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Variables that answer against the demo data, by operation file, in tab order; an operation not named here
 * opens after these, with no variables.
 */
const VARIABLES: Record<string, (now: number) => Record<string, unknown>> = {
  'customer-360': () => ({ id: RITA_NOVAK }),
  'agent-console': () => ({ id: LENA_LINDQVIST }),
  'customers-page': () => ({ first: 5 }),
  'customers-page-360': () => ({ first: 10 }),
  // The snapshots kept since the first start: the last 30 days, whenever the page is opened.
  'bi-kpis': (now) => ({ from: isoDay(now - 30 * DAY_MS), to: isoDay(now) }),
};

/** A GraphiQL tab: the editors' contents, JSON as text. */
export interface ExplorerTab {
  query: string;
  variables: string;
  headers: string;
}

/**
 * One tab per example operation, the 360 first, each with variables for the demo personas. Empty when the
 * examples are not there (the container image ships without them).
 */
export function exampleTabs(headers: string, now = Date.now()): ExplorerTab[] {
  if (!existsSync(OPERATIONS_DIR)) return [];
  const names = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.basename(file, '.graphql'));
  const known = Object.keys(VARIABLES).filter((name) => names.includes(name));
  const others = names.filter((name) => !known.includes(name)).sort();
  return [...known, ...others].map((name) => ({
    query: readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8'),
    variables: JSON.stringify(VARIABLES[name]?.(now) ?? {}, null, 2),
    headers,
  }));
}
