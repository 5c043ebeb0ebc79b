import { startApolloGateway } from '../../gateway/src/apollo-gateway';
import { serveTarget } from './serve-target';

/**
 * Stock `@apollo/gateway` in `@apollo/server`'s standalone server, on the same supergraph: the parity
 * test's gateway, which adds only what the subgraphs demand (each request signed with the gateway's
 * secret, the caller's token passed on) and serves the auth links as metadata, which stock
 * `@apollo/gateway` needs to load the supergraph at all.
 */
serveTarget('apollo-stock', ({ supergraphSdl, port, auth }) => startApolloGateway(supergraphSdl, auth, port));
