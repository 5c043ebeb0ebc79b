import { SUBGRAPH_NAMES, type SubgraphName, subgraphPort } from '../../lib/config';

/** What the image runs: `docker run <image> <service>`, one of these names. */
export const SERVICE_NAMES = ['gateway', ...SUBGRAPH_NAMES] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Each service's own entry point, relative to the image's working directory (the repository root). */
export const SERVICE_ENTRIES: Record<ServiceName, string> = {
  gateway: 'gateway/src/main.ts',
  customers: 'subgraphs/customers/src/index.ts',
  marketing: 'subgraphs/marketing/src/index.ts',
  sales: 'subgraphs/sales/src/index.ts',
  support: 'subgraphs/support/src/index.ts',
};

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

/** The port a service listens on, read the way the service itself reads it (`PORT`, `<NAME>_PORT`). */
export function servicePort(name: ServiceName, env: NodeJS.ProcessEnv = process.env): number {
  if (name === 'gateway') return env.PORT ? Number(env.PORT) : 4000;
  return subgraphPort(name as SubgraphName, env);
}

/** Where the container's health check finds the running service (written at start, read by healthcheck.cjs). */
export const SERVICE_STATE_FILE = 'c360-service.json';
