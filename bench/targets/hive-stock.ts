import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { serveTarget } from './serve-target';

/**
 * Stock Hive Gateway runtime with the Rust query planner and no plugins, on the same supergraph. Only
 * what the subgraphs demand is added (they trust signed requests carrying a caller's token): the
 * built-in `hmacSignature` option and the caller's Authorization header passed on.
 */
serveTarget('hive-stock', async ({ supergraphSdl, port, auth }) => {
  const runtime = createGatewayRuntime({
    supergraph: () => supergraphSdl,
    unifiedGraphHandler,
    transports: { http: httpTransport },
    logging: 'warn',
    hmacSignature: { secret: auth.gatewaySecret },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
});
