import { cleanEnv, port } from 'envalid';
import { composeSupergraph } from '../../gateway/src/compose';
import { loadAuthSettings } from '../../lib/auth/settings';
import { mapSubgraphs, subgraphUrl } from '../../lib/config';
import { logger } from '../../lib/logger';
import { onShutdownSignal } from '../../lib/server/shutdown-signals';

/** What a bench target's process is given: the supergraph (routed by `<NAME>_URL`), its port and the secrets. */
export interface TargetSetup {
  supergraphSdl: string;
  port: number;
  auth: ReturnType<typeof loadAuthSettings>;
}

/**
 * The boilerplate of a bench target process: composes the supergraph in memory (the shipped gateway's
 * `gateway/supergraph.graphql` is left alone), starts the server, tells the bench it is ready over IPC,
 * and stops it on a signal or when the bench goes away.
 */
export function serveTarget(name: string, start: (setup: TargetSetup) => Promise<{ stop(): Promise<void> }>) {
  const { PORT } = cleanEnv(process.env, { PORT: port() });
  const setup: TargetSetup = {
    supergraphSdl: composeSupergraph(mapSubgraphs((subgraph) => subgraphUrl(subgraph))),
    port: PORT,
    auth: loadAuthSettings(),
  };
  start(setup).then(
    (server) => {
      process.send?.({ ready: true, port: PORT });
      onShutdownSignal(async () => {
        await server.stop();
        process.exit(0);
      });
    },
    (error: unknown) => {
      logger.fatal({ err: error, target: name }, 'bench target failed to start');
      process.exit(1);
    },
  );
}
