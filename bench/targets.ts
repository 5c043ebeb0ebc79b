import type { FloorRequest } from './floor-plans';
import type { Scenario } from './scenarios';

export type TargetId = 'ours' | 'apollo' | 'hive' | 'direct';

export interface Target {
  id: TargetId;
  label: string;
  /** The process's entry point. */
  entry: string;
  /** A gateway answers GraphQL; the floor answers only that its fetches (or its insert) succeeded. */
  gateway: boolean;
}

export const TARGETS: readonly Target[] = [
  { id: 'ours', label: 'ours (as shipped)', entry: 'gateway/src/main.ts', gateway: true },
  { id: 'apollo', label: 'stock @apollo/gateway', entry: 'bench/targets/apollo-stock.ts', gateway: true },
  {
    id: 'hive',
    label: 'stock Hive Gateway + Rust planner',
    entry: 'bench/targets/hive-stock.ts',
    gateway: true,
  },
  { id: 'direct', label: 'direct subgraphs (floor)', entry: 'bench/targets/direct-floor.ts', gateway: false },
];

export const GATEWAY_TARGETS = TARGETS.filter((target) => target.gateway);

/** The request body a target is sent for one scenario input. */
export function requestBody(
  target: Target,
  scenario: Scenario,
  variant: number,
  variables: Record<string, unknown>,
): string {
  if (target.gateway) return JSON.stringify({ query: scenario.query, variables });
  const floor: FloorRequest = {
    scenario: scenario.id,
    variant,
    variables: scenario.rowsPerRequest ? variables : undefined,
  };
  return JSON.stringify(floor);
}
