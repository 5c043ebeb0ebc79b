import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { signParams } from '../../lib/auth/gateway-proof';
import type { AuthSettings } from '../../lib/auth/settings';

interface ApolloGatewayContext {
  authorization?: string;
}

/**
 * Stock `@apollo/gateway` serving the same supergraph: the parity test compares our gateway against
 * it, so users who standardise on Apollo's runtime are never locked out. Like ours, it signs every
 * subgraph request with the gateway's secret and forwards the caller's token (the subgraphs enforce the
 * SDL's scopes; stock `@apollo/gateway` does not read them itself).
 */
export async function startApolloGateway(supergraphSdl: string, auth: AuthSettings, port = 0) {
  const gateway = new ApolloGateway({
    // `@apollo/gateway` refuses a supergraph whose `@authenticated` / `@requiresScopes` links are marked
    // `for: SECURITY`, features it cannot enforce (Apollo Router and Hive Gateway do). Here the subgraphs
    // enforce the same directives (lib/auth/directives.ts), so the links are served as plain metadata.
    supergraphSdl: supergraphSdl.replaceAll(', for: SECURITY)', ')'),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<ApolloGatewayContext>({
        url,
        willSendRequest({ request, context }) {
          const signed = signParams(auth.gatewaySecret, {
            query: request.query,
            variables: request.variables,
            extensions: request.extensions,
          });
          request.extensions = signed.extensions ?? undefined;
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<ApolloGatewayContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { url, stop: () => server.stop() };
}
