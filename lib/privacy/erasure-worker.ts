import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { callSubgraph, type GraphQLAnswer, type ServiceCredentials } from '../service-call';
import { appliedRequestsOf } from './shared-export-tables';

/** What a department did with one person's rows. */
export interface ErasureCounts {
  rowsErased: number;
  rowsDeidentified: number;
}

/** How a department erases a person: everything it holds on these ids, in the given transaction. */
export interface ErasurePlan {
  service: 'MARKETING' | 'SALES' | 'SUPPORT';
  erase(manager: EntityManager, customerIds: readonly string[]): Promise<ErasureCounts>;
}

const PENDING_QUERY = `#graphql
  query PendingErasures($service: ErasureService!) { pendingErasures(service: $service) { erasureId customerIds } }`;

const CONFIRM_MUTATION = `#graphql
  mutation ConfirmErasure($input: ConfirmErasureInput!) { confirmErasure(input: $input) { status } }`;

const CALL_TIMEOUT_MS = 5_000;
/**
 * Services start together, so a department's first runs may find the customers service not listening yet:
 * until one run has reached it, failures this soon after start are logged at debug, not as warnings.
 */
const STARTUP_GRACE_MS = 30_000;

interface PendingErasure {
  erasureId: string;
  customerIds: string[];
}

function dataOf(answer: GraphQLAnswer | null, field: string): unknown {
  if (answer?.errors?.length || answer?.data?.[field] == null)
    throw new Error(`${field} failed: ${JSON.stringify(answer?.errors ?? answer).slice(0, 300)}`);
  return answer.data[field];
}

/**
 * A department's erasure worker. Erasures are pulled, not pushed: the customers subgraph records a
 * pending receipt per department, and each department asks for its pending ones at start and every
 * `intervalMs`, erases (idempotent: a second run finds nothing left) and confirms. A department that is
 * down when the erasure is asked for catches up when it is back, and the customers subgraph never needs
 * to know where the departments run.
 */
export function startErasureWorker(options: {
  plan: ErasurePlan;
  dataSource: DataSource;
  customersUrl: string;
  credentials: ServiceCredentials;
  intervalMs: number;
  log: Logger;
}): { stop(): Promise<void> } {
  const { plan, dataSource, customersUrl, credentials, log } = options;
  const call = (query: string, variables: Record<string, unknown>) =>
    callSubgraph(customersUrl, { query, variables }, credentials, { timeoutMs: CALL_TIMEOUT_MS });

  const runOnce = async () => {
    const pending = dataOf(await call(PENDING_QUERY, { service: plan.service }), 'pendingErasures');
    // Each on its own: one that keeps failing does not hold up the others.
    for (const erasure of pending as PendingErasure[]) {
      try {
        const counts = await dataSource.transaction((manager) => plan.erase(manager, erasure.customerIds));
        dataOf(
          await call(CONFIRM_MUTATION, {
            input: { erasureId: erasure.erasureId, service: plan.service, ...counts },
          }),
          'confirmErasure',
        );
        log.info({ erasureId: erasure.erasureId, ...counts }, 'erasure carried out');
      } catch (error) {
        log.warn({ err: error, erasureId: erasure.erasureId }, 'erasure failed; retrying on the next run');
      }
    }
  };

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const startedAt = Date.now();
  let reached = false;
  const tick = () => {
    running = runOnce()
      .then(() => {
        reached = true;
      })
      .catch((error: unknown) => {
        const starting = !reached && Date.now() - startedAt < STARTUP_GRACE_MS;
        log[starting ? 'debug' : 'warn']({ err: error }, 'erasure run failed; retrying on the next one');
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs).unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

type Rows = [unknown, number];

/** Deletes a department table's rows of these ids; the count of rows deleted. `table` is a constant. */
export async function deleteRowsOf(
  manager: EntityManager,
  table: string,
  customerIds: readonly string[],
): Promise<number> {
  const [, count] = (await manager.query(`DELETE FROM ${table} WHERE customer_id = ANY($1)`, [
    customerIds,
  ])) as Rows;
  return count;
}

/**
 * Keeps a table's rows of these ids but points them at `pseudonym`, an id nothing else knows, and clears
 * the free-text columns given: the records (revenue, say) stay countable, the person is gone from them.
 */
export async function deidentifyRowsOf(
  manager: EntityManager,
  table: string,
  customerIds: readonly string[],
  pseudonym: string,
  clearedColumns: readonly string[] = [],
): Promise<number> {
  const cleared = clearedColumns.map((column) => `, ${column} = NULL`).join('');
  const [, count] = (await manager.query(
    `UPDATE ${table} SET customer_id = $2${cleared} WHERE customer_id = ANY($1)`,
    [customerIds, pseudonym],
  )) as Rows;
  return count;
}

/** Deletes the department's replay records about these customers (see `appliedRequestsOf`). */
export async function deleteAppliedRequestsOf(
  manager: EntityManager,
  customerIds: readonly string[],
  alsoWhere?: string,
): Promise<number> {
  const [, count] = (await manager.query(
    `DELETE FROM applied_requests WHERE ${appliedRequestsOf(alsoWhere)}`,
    [customerIds],
  )) as Rows;
  return count;
}
