import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * Stock `@apollo/gateway` serving the same supergraph: the parity test compares our gateway against
 * it, so users who standardise on Apollo's runtime are never locked out.
 */
export async function startApolloGateway(supergraphSdl: string, port = 0) {
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
  const { url } = await startStandaloneServer(server, { listen: { port } });
  return { url, stop: () => server.stop() };
}
