import CircuitBreaker from 'opossum';
import { logger } from '../../lib/logger';

export interface BreakerOptions {
  /** How long a breaker stays open before it lets one call through to test the subgraph again. */
  resetTimeoutMs: number;
  /** Share of failed calls (0–100) in the rolling window that opens the breaker. */
  errorThresholdPercentage: number;
  /** Calls in the rolling window before the share counts (one failed call among few does not open it). */
  volumeThreshold: number;
  /** The rolling window. */
  rollingCountTimeoutMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  resetTimeoutMs: 2_000,
  errorThresholdPercentage: 50,
  volumeThreshold: 5,
  rollingCountTimeoutMs: 10_000,
};

type Call = () => Promise<unknown>;

/**
 * Thrown for a call whose client went away before it finished (the gateway cancels that call): says
 * nothing about the subgraph, so its breaker does not count it.
 */
export class CallAbandoned extends Error {
  constructor() {
    super('the client went away; the call was cancelled');
  }
}

/**
 * One circuit breaker (opossum) per subgraph: after enough failures it answers at once without calling
 * the dead subgraph, and after `resetTimeoutMs` lets one call through; its success closes it again.
 * Timeouts are the gateway's own (`SUBGRAPH_TIMEOUT_MS`), so the breaker keeps none.
 */
export function createSubgraphBreakers(options: BreakerOptions = DEFAULT_BREAKER_OPTIONS) {
  const breakers = new Map<string, CircuitBreaker<[Call], unknown>>();
  const breakerOf = (subgraphName: string) => {
    let breaker = breakers.get(subgraphName);
    if (!breaker) {
      breaker = new CircuitBreaker((call: Call) => call(), {
        name: subgraphName,
        timeout: false,
        resetTimeout: options.resetTimeoutMs,
        errorThresholdPercentage: options.errorThresholdPercentage,
        volumeThreshold: options.volumeThreshold,
        rollingCountTimeout: options.rollingCountTimeoutMs,
        errorFilter: (error: unknown) => error instanceof CallAbandoned,
      });
      breaker.on('open', () => logger.warn({ subgraph: subgraphName }, 'circuit opened: failing fast'));
      breaker.on('close', () =>
        logger.info({ subgraph: subgraphName }, 'circuit closed: subgraph answers again'),
      );
      breakers.set(subgraphName, breaker);
    }
    return breaker;
  };
  return {
    /** Runs one call to the subgraph through its breaker; rejects at once while the breaker is open. */
    run<T>(subgraphName: string, call: () => Promise<T>): Promise<T> {
      return breakerOf(subgraphName).fire(call) as Promise<T>;
    },
    shutdown() {
      for (const breaker of breakers.values()) breaker.shutdown();
    },
  };
}

export type SubgraphBreakers = ReturnType<typeof createSubgraphBreakers>;
